using IncidentCore.Domain;
using IncidentCore.Policy;
using IncidentCore.Tests.Support;

namespace IncidentCore.Tests.Policy;

/// <summary>The engine sizes its table from its rules: any number of operations is decided, none is capped.</summary>
public sealed class PolicyEngineTableTests
{
    [Fact]
    public void Authorize_WithOperationsFarBeyondTheDefinedOnes_DecidesEachFromItsRows()
    {
        var permits = Enumerable.Range(1, 200).Select(i => new PermitRule($"operation_{i}.executive", (Operation)i, UserRole.Executive)).ToArray();
        var engine = new PolicyEngine(permits, PolicyTable.Forbids());
        var executive = Seed.User("x", UserRole.Executive);
        var support = Seed.User("y", UserRole.TechnicalSupport);

        for (var i = 1; i <= 200; i++)
        {
            var allowed = engine.Authorize(executive, new AuthorizationRequest((Operation)i));
            Assert.True(allowed.IsAllowed, $"operation {i}");
            Assert.Equal($"operation_{i}.executive", allowed.Reason);
            Assert.Equal(DenialReason.RoleNotPermitted, engine.Authorize(support, new AuthorizationRequest((Operation)i)).DenialReason);
        }

        Assert.Equal(DenialReason.RoleNotPermitted, engine.Authorize(executive, new AuthorizationRequest((Operation)201)).DenialReason);
    }

    [Fact]
    public void PolicyTable_EveryOperation_HasAtLeastOnePermitRow()
    {
        foreach (var operation in PolicyNames.Operation.Values)
        {
            Assert.Contains(PolicyTable.Permits, rule => rule.Operation == operation);
        }
    }
}
