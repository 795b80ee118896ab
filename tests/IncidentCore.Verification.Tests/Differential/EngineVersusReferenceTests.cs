using FsCheck;
using FsCheck.Fluent;
using IncidentCore.Domain;
using IncidentCore.Policy;
using IncidentCore.Verification.Tests.Support;

namespace IncidentCore.Verification.Tests.Differential;

/// <summary>
/// Differential testing: the policy engine against <see cref="ReferenceEvaluator"/> on random actors and requests.
/// Any disagreement fails with the case.
/// </summary>
public sealed class EngineVersusReferenceTests
{
    private const int Cases = 10_000;

    private static readonly Arbitrary<(User? Actor, AuthorizationRequest Request)> Requests =
        Gen.Zip(PolicyGenerators.Actor, PolicyGenerators.Request).ToArbitrary();

    [Fact]
    public void Authorize_WithThePolicyTable_ExpectSameDecisionAsReference()
    {
        var engine = PolicyEngine.CreateDefault();
        var compared = 0;
        Check.One(PbtScale.Config(Cases), Prop.ForAll(Requests, c =>
        {
            compared++;
            return Agree(engine, c.Actor, c.Request, Hardening.None);
        }));
        Assert.Equal(PbtScale.Times(Cases), compared);
    }

    [Fact]
    public void Authorize_WithEveryOptInForbid_ExpectSameDecisionAsReference()
    {
        var engine = PolicyEngine.CreateDefault(onlySystemAdministratorsManageSystemAdministrators: true, forbidSelfRoleOrStatusChange: true);
        var compared = 0;
        Check.One(PbtScale.Config(Cases), Prop.ForAll(Requests, c =>
        {
            compared++;
            return Agree(engine, c.Actor, c.Request, Hardening.All);
        }));
        Assert.Equal(PbtScale.Times(Cases), compared);
    }

    [Fact]
    public void Authorize_ForEveryRoleStatusAndOperation_ExpectSameDecisionAsReference()
    {
        // The whole small space once, exhaustively, besides the random cases.
        var engine = PolicyEngine.CreateDefault();
        var disagreements = new List<string>();
        foreach (var role in PolicyText.Roles)
        {
            foreach (var status in new[] { UserStatus.Active, UserStatus.Inactive, UserStatus.OnLeave })
            {
                foreach (var link in new string?[] { null, "c1", "c2" })
                {
                    foreach (var operation in PolicyText.Operations)
                    {
                        var actor = PolicyGenerators.MakeActor("u1", role, status, link, null);
                        var request = new AuthorizationRequest(operation, TargetClientId: "c1");
                        var label = Agree(engine, actor, request, Hardening.None);
                        if (!label.Agreed)
                        {
                            disagreements.Add(label.Case);
                        }
                    }
                }
            }
        }

        Assert.Empty(disagreements);
    }

    private static Agreement Agree(PolicyEngine engine, User? actor, AuthorizationRequest request, Hardening hardening)
    {
        var expected = ReferenceEvaluator.Decide(actor, request, hardening);
        var actual = engine.Authorize(actor, request);
        var agreed = actual.IsAllowed
            ? expected.Allowed && actual.Permit.Role == actor!.Role && actual.Permit.Operation == request.Operation
            : !expected.Allowed && expected.Reasons.Contains(actual.DenialReason);
        var who = actor is null ? "no actor" : $"actor {actor.Role}/{actor.Status} client={actor.ClientId ?? "none"} vendor={actor.VendorId ?? "none"}";
        return new Agreement(agreed, $"{who}; {request}; reference {expected}; engine {actual}");
    }

    private sealed record Agreement(bool Agreed, string Case)
    {
        public static implicit operator Property(Agreement agreement) => agreement.Agreed.Label(agreement.Case);
    }
}
