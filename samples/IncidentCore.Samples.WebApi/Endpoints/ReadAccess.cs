using IncidentCore.Domain;
using IncidentCore.Ports;
using IncidentCore.Procedures;

namespace IncidentCore.Samples.WebApi.Endpoints;

/// <summary>
/// Who may read. The policy names no read procedure; this host lets any active user look records up, and only a
/// system administrator read the audit trail. Like the procedures, it loads the actor from the store.
/// </summary>
internal static class ReadAccess
{
    /// <summary>Returns a halt when the actor may not read, or <see langword="null"/> when it may.</summary>
    public static async ValueTask<Halt?> CheckAsync(IUnitOfWork work, string actorUserId, bool auditTrail, CancellationToken cancellationToken)
    {
        var actor = await work.Users.FindByIdAsync(actorUserId, cancellationToken);
        if (actor is null)
        {
            return new Halt(HaltCode.Unauthorized, "The acting user does not exist.", null, Policy.DenialReason.ActorNotFound);
        }

        if (actor.Status != UserStatus.Active)
        {
            return new Halt(HaltCode.Unauthorized, "The acting user is not active.", null, Policy.DenialReason.ActorNotActive);
        }

        if (auditTrail && actor.Role != UserRole.SystemAdministrator)
        {
            return new Halt(HaltCode.Unauthorized, "Only a system administrator may read the audit trail.", null, Policy.DenialReason.RoleNotPermitted);
        }

        return null;
    }

    /// <summary>The halt for a record that does not exist.</summary>
    public static Halt NotFound(string field, string entity) =>
        new(HaltCode.NotFound, $"No {entity} has this {field}.", [new FieldError(field, "not_found", $"{field} does not name an existing {entity}.")]);
}
