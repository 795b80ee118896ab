using System.Security.Claims;
using IncidentCore.Ports;
using IncidentCore.Procedures;
using IncidentCore.Samples.WebApi.Authentication;
using IncidentCore.Samples.WebApi.Contracts;
using IncidentCore.Samples.WebApi.Problems;

namespace IncidentCore.Samples.WebApi.Endpoints;

/// <summary>Reading the audit trail, a page at a time. Nothing here writes it: every procedure audits itself.</summary>
internal static class AuditTrailEndpoints
{
    public const int MaximumPageSize = 100;

    public static void MapAuditTrailEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/audit-trail", async (ClaimsPrincipal user, IUnitOfWorkFactory store, CancellationToken cancellationToken, int skip = 0, int take = 50) =>
        {
            var errors = new List<FieldError>();
            if (skip < 0)
            {
                errors.Add(new FieldError("skip", "invalid", "skip must not be negative."));
            }

            if (take is < 1 or > MaximumPageSize)
            {
                errors.Add(new FieldError("take", "invalid", $"take must be between 1 and {MaximumPageSize}."));
            }

            if (errors.Count > 0)
            {
                return new Halt(HaltCode.ValidationFailed, "The page is out of range.", errors).ToProblem();
            }

            await using var work = await store.BeginAsync(cancellationToken);
            if (await ReadAccess.CheckAsync(work, user.UserId(), auditTrail: true, cancellationToken) is { } denied)
            {
                return denied.ToProblem();
            }

            var total = await work.AuditTrail.CountAsync(cancellationToken);
            var entries = await work.AuditTrail.ListAsync(skip, take, cancellationToken);
            return Results.Ok(new AuditTrailPage(total, skip, take, [.. entries.Select(AuditEntryResponse.From)]));
        })
        .WithTags("Audit trail")
        .WithName("read_audit_trail")
        .WithSummary("Reads the audit trail, oldest first (system_administrator).")
        .Produces<AuditTrailPage>()
        .ProducesHaltProblems();
    }
}
