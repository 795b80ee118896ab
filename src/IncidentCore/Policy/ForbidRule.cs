namespace IncidentCore.Policy;

/// <summary>One row of the policy's forbid table: whenever <paramref name="Condition"/> holds, the request is denied.</summary>
/// <param name="Name">A stable name for the rule.</param>
/// <param name="Condition">The situation the rule forbids.</param>
/// <param name="Reason">The denial reason recorded when the rule decides.</param>
public sealed record ForbidRule(string Name, ForbidCondition Condition, DenialReason Reason);
