using System.Security.Claims;
using IncidentCore.Ports;
using IncidentCore.Procedures;
using IncidentCore.Samples.WebApi.Authentication;
using IncidentCore.Samples.WebApi.Contracts;
using IncidentCore.Samples.WebApi.Problems;

namespace IncidentCore.Samples.WebApi.Endpoints;

/// <summary>
/// Reading the audit trail, a page at a time by key: each page starts after the audit id the previous one ended with,
/// so every page costs the same however long the trail is. Nothing here writes it: every procedure audits itself.
/// </summary>
internal static class AuditTrailEndpoints
{
    public const int MaximumPageSize = 100;

    /// <summary>The longest audit id accepted as <c>after</c>; longer text cannot be an audit id.</summary>
    public const int MaximumAuditIdLength = 256;

    public static void MapAuditTrailEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/audit-trail", async (ClaimsPrincipal user, IUnitOfWorkFactory store, CancellationToken cancellationToken, string? after = null, int take = 50) =>
        {
            var errors = new List<FieldError>();
            if (after is { Length: 0 or > MaximumAuditIdLength })
            {
                errors.Add(new FieldError("after", "invalid", $"after must be an audit id of 1 to {MaximumAuditIdLength} characters."));
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

            // One entry more than the page tells whether another page follows.
            var total = await work.AuditTrail.CountAsync(cancellationToken);
            var entries = await work.AuditTrail.ListAsync(after, take + 1, cancellationToken);
            var page = entries.Take(take).ToList();
            var nextAfter = entries.Count > take ? page[^1].AuditId : null;
            return Results.Ok(new AuditTrailPage(total, after, take, [.. page.Select(AuditEntryResponse.From)], nextAfter));
        })
        .WithTags("Audit trail")
        .WithName("read_audit_trail")
        .WithSummary("Reads the audit trail, oldest first, a page after the audit id `after` (system_administrator).")
        .Produces<AuditTrailPage>()
        .ProducesHaltProblems();
    }
}
