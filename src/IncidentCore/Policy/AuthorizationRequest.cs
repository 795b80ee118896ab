namespace IncidentCore.Policy;

/// <summary>What the actor asks to do, and to which record.</summary>
/// <param name="Operation">The operation.</param>
/// <param name="TargetClientId">The client the operation touches, when it touches one.</param>
/// <param name="TargetVendorId">The vendor the operation touches, when it touches one.</param>
/// <param name="Changes">Sensitive facts about the requested change.</param>
/// <param name="TargetUserId">The user the record names (an escalation's target, a communication's sender), when it names one.</param>
internal readonly record struct AuthorizationRequest(
    Operation Operation,
    string? TargetClientId = null,
    string? TargetVendorId = null,
    SensitiveChange Changes = SensitiveChange.None,
    string? TargetUserId = null);
