namespace IncidentCore.Policy;

/// <summary>The situations a forbid rule can name. A forbid that holds overrides every permit.</summary>
public enum ForbidCondition
{
    /// <summary>The actor's status is not active (inactive or on_leave).</summary>
    ActorNotActive = 1,

    /// <summary>The request touches a system administrator account (creates, changes or grants one) and the actor is not a system administrator.</summary>
    SystemAdministratorRoleChangedByNonAdministrator = 2,

    /// <summary>The request changes the actor's own role or status.</summary>
    OwnRoleOrStatusChanged = 3,
}
