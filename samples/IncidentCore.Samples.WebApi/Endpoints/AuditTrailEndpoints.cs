using System.Security.Claims;
using IncidentCore.Procedures;
using IncidentCore.Procedures.Messages;
using IncidentCore.Samples.WebApi.Authentication;
using IncidentCore.Samples.WebApi.Contracts;
using IncidentCore.Samples.WebApi.Problems;

namespace IncidentCore.Samples.WebApi.Endpoints;

/// <summary>
/// Reading the audit trail through the library's governed read, a page at a time by key: each page starts after the
/// audit id the previous one ended with, so every page costs the same however long the trail is. Nothing here writes
/// it: every procedure audits itself.
/// </summary>
internal static class AuditTrailEndpoints
{
    public const int MaximumPageSize = 100;

    public static void MapAuditTrailEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/audit-trail", async (ClaimsPrincipal user, AuditTrailRead read, CancellationToken cancellationToken, string? after = null, int take = 50) =>
        {
            if (take is < 1 or > MaximumPageSize)
            {
                return new Halt(HaltCode.ValidationFailed, "The page is out of range.",
                    [new FieldError("take", FieldErrorCodes.Invalid, $"take must be between 1 and {MaximumPageSize}.")]).ToProblem();
            }

            // One entry more than the page tells whether another page follows; the library checks the actor and after.
            var result = await read.ReadPageAsync(user.UserId(), after, take + 1, cancellationToken);
            if (!result.Succeeded)
            {
                return result.Halt.ToProblem();
            }

            var page = result.Value.Take(take).ToList();
            var nextAfter = result.Value.Count > take ? page[^1].AuditId : null;
            return Results.Ok(new AuditTrailPage(after, take, [.. page.Select(AuditEntryResponse.From)], nextAfter));
        })
        .WithTags("Audit trail")
        .WithName("read_audit_trail")
        .WithSummary("Reads the audit trail, oldest first, a page after the audit id `after` (system_administrator).")
        .Produces<AuditTrailPage>()
        .ProducesHaltProblems();
    }
}
