using IncidentCore.Domain;
using IncidentCore.Policy;
using IncidentCore.Ports;
using IncidentCore.Procedures;

namespace IncidentCore.Samples.McpServer.Tools;

/// <summary>
/// Who may read. The policy names no read procedure; this server lets any active user look records up, and only a
/// system administrator read the audit trail. Like the procedures, it loads the actor from the store.
/// </summary>
internal static class ReadAccess
{
    public static async ValueTask<Halt?> CheckAsync(IUnitOfWork work, string actorUserId, bool auditTrail, CancellationToken cancellationToken)
    {
        var actor = await work.Users.FindByIdAsync(actorUserId, cancellationToken);
        if (actor is null)
        {
            return new Halt(HaltCode.Unauthorized, "The session's acting user does not exist.", null, DenialReason.ActorNotFound);
        }

        if (actor.Status != UserStatus.Active)
        {
            return new Halt(HaltCode.Unauthorized, "The session's acting user is not active.", null, DenialReason.ActorNotActive);
        }

        if (auditTrail && actor.Role != UserRole.SystemAdministrator)
        {
            return new Halt(HaltCode.Unauthorized, "Only a system administrator may read the audit trail.", null, DenialReason.RoleNotPermitted);
        }

        return null;
    }

    public static Halt NotFound(string entity) =>
        new(HaltCode.NotFound, $"No {entity} matches; nothing to show.", [new FieldError("lookup", "not_found", $"No {entity} has that value.")]);
}
