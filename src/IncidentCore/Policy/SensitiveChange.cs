namespace IncidentCore.Policy;

/// <summary>Facts about a requested change that opt-in forbid rules look at.</summary>
[Flags]
internal enum SensitiveChange
{
    /// <summary>Nothing sensitive.</summary>
    None = 0,

    /// <summary>The change sets the actor's own role or status.</summary>
    OwnRoleOrStatus = 1,

    /// <summary>
    /// The call touches a system administrator account: it creates one, grants or removes the role, or changes any
    /// field of a system administrator's record.
    /// </summary>
    SystemAdministratorRole = 2,
}
