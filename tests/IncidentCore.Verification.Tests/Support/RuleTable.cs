using IncidentCore.Policy;

namespace IncidentCore.Verification.Tests.Support;

/// <summary>Permit and forbid rows to build an engine from.</summary>
internal sealed record RuleTable(IReadOnlyList<PermitRule> Permits, IReadOnlyList<ForbidRule> Forbids)
{
    public PolicyEngine Engine() => new(Permits, Forbids);

    public override string ToString() =>
        $"permits [{string.Join(", ", Permits.Select(p => p.Name))}], forbids [{string.Join(", ", Forbids.Select(f => f.Name))}]";
}
