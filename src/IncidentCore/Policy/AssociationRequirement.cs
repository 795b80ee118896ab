namespace IncidentCore.Policy;

/// <summary>The link between the actor and the target record that a permit rule needs.</summary>
public enum AssociationRequirement
{
    /// <summary>No link needed.</summary>
    None = 0,

    /// <summary>The actor's client_id must be the target client.</summary>
    AssignedToClient = 1,

    /// <summary>The actor's vendor_id must be the target vendor.</summary>
    AssignedToVendor = 2,

    /// <summary>The actor must be the user the record names (an escalation's target, a communication's sender).</summary>
    IsNamedUser = 3,
}
