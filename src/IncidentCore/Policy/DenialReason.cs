namespace IncidentCore.Policy;

/// <summary>Why a request was denied. Wire names are listed in <see cref="PolicyNames.DenialReason"/>.</summary>
public enum DenialReason
{
    /// <summary>Not denied.</summary>
    None = 0,

    /// <summary>actor_not_found: no user has the acting user's id.</summary>
    ActorNotFound = 1,

    /// <summary>actor_not_active: the actor is inactive or on leave.</summary>
    ActorNotActive = 2,

    /// <summary>role_not_permitted: no rule permits the actor's role to run the operation.</summary>
    RoleNotPermitted = 3,

    /// <summary>not_assigned_to_client: the role may run the operation only for the client it is assigned to.</summary>
    NotAssignedToClient = 4,

    /// <summary>not_assigned_to_vendor: the role may run the operation only for the vendor it is assigned to.</summary>
    NotAssignedToVendor = 5,

    /// <summary>system_administrator_role_protected: only a system administrator may create, change or grant a system administrator account (opt-in).</summary>
    SystemAdministratorRoleProtected = 6,

    /// <summary>own_role_or_status_change: nobody may change their own role or status (opt-in).</summary>
    OwnRoleOrStatusChange = 7,

    /// <summary>not_named_user: the actor is not the user the record names (an escalation's target, a communication's sender).</summary>
    NotNamedUser = 8,

    /// <summary>approver_role_required: the request's approval rule needs a role the actor does not hold.</summary>
    ApproverRoleRequired = 9,

    /// <summary>own_request_decision: nobody approves or rejects a request they made (opt-in four-eyes).</summary>
    OwnRequestDecision = 10,
}
