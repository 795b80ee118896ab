using FsCheck;
using FsCheck.Fluent;
using IncidentCore.Domain;
using IncidentCore.Policy;
using IncidentCore.Verification.Tests.Support;

namespace IncidentCore.Verification.Tests.Authorization;

/// <summary>
/// The authorizer's invariants, stated as properties over generated actors (any role, any status, any client and
/// vendor links), operations, targets and rule tables.
/// </summary>
public sealed class PolicyEngineInvariantTests
{
    private const int Runs = 2_000;

    private static readonly Arbitrary<(RuleTable Table, User? Actor, AuthorizationRequest Request)> Cases =
        (from table in PolicyGenerators.Table
         from actor in PolicyGenerators.Actor
         from request in PolicyGenerators.Request
         select (table, actor, request)).ToArbitrary();

    [Fact]
    public void Authorize_WhenNoPermitRuleHolds_ExpectDenied()
    {
        Check.One(PbtScale.Config(Runs), Prop.ForAll(Cases, c =>
        {
            var decision = c.Table.Engine().Authorize(c.Actor, c.Request);
            var somePermitHolds = c.Actor is not null && c.Table.Permits.Any(p => RuleMeaning.PermitHolds(p, c.Actor, c.Request));
            return somePermitHolds || !decision.IsAllowed;
        }));
    }

    [Fact]
    public void Authorize_WhenTheTableHasNoPermitRows_ExpectEveryRequestDenied()
    {
        var engine = new PolicyEngine([], PolicyTable.Forbids());
        var cases = (from actor in PolicyGenerators.Actor from request in PolicyGenerators.Request select (actor, request)).ToArbitrary();
        Check.One(PbtScale.Config(Runs), Prop.ForAll(cases, c => !engine.Authorize(c.actor, c.request).IsAllowed));
    }

    [Fact]
    public void Authorize_WhenActorIsNotActive_ExpectDeniedForEveryOperation()
    {
        var engines = new[]
        {
            PolicyEngine.CreateDefault(),
            PolicyEngine.CreateDefault(onlySystemAdministratorsManageSystemAdministrators: true, forbidSelfRoleOrStatusChange: true),
        };
        var cases = (from actor in PolicyGenerators.ActiveOrNotActor.Where(a => a.Status != UserStatus.Active)
                     from request in PolicyGenerators.Request
                     from engine in Gen.Elements(engines)
                     select (actor, request, engine)).ToArbitrary();
        Check.One(PbtScale.Config(Runs), Prop.ForAll(cases, c =>
        {
            var decision = c.engine.Authorize(c.actor, c.request);
            return !decision.IsAllowed && decision.DenialReason == DenialReason.ActorNotActive;
        }));
    }

    [Fact]
    public void Authorize_ForAnyRuleTable_ExpectAllowedExactlyWhenSomePermitHoldsAndNoForbidHolds()
    {
        Check.One(PbtScale.Config(Runs), Prop.ForAll(Cases, c =>
        {
            var decision = c.Table.Engine().Authorize(c.Actor, c.Request);
            var expected = c.Actor is not null
                && c.Table.Permits.Any(p => RuleMeaning.PermitHolds(p, c.Actor, c.Request))
                && !c.Table.Forbids.Any(f => RuleMeaning.ForbidHolds(f, c.Actor, c.Request));
            return (decision.IsAllowed == expected).Label($"expected allowed={expected}, engine said {decision}");
        }));
    }

    [Fact]
    public void Authorize_ForAnyDecision_ExpectReasonNamesTheDecidingRule()
    {
        Check.One(PbtScale.Config(Runs), Prop.ForAll(Cases, c =>
        {
            var decision = c.Table.Engine().Authorize(c.Actor, c.Request);
            return ReasonNamesDecider(c.Table, c.Actor, c.Request, decision).Label(decision.ToString());
        }));
    }

    [Fact]
    public void Authorize_WhenActorLinkMovesBetweenOtherClients_ExpectSameDecisionAboutThisClient()
    {
        var cases = (from table in PolicyGenerators.Table
                     from actor in PolicyGenerators.ActiveOrNotActor
                     from request in PolicyGenerators.Request
                     from target in Gen.Elements(PolicyGenerators.ClientIds)
                     from first in Gen.Elements<string?>([null, .. PolicyGenerators.ClientIds]).Where(l => l != target)
                     from second in Gen.Elements<string?>([null, "c9", .. PolicyGenerators.ClientIds]).Where(l => l != target)
                     select (table, actor, request: request with { TargetClientId = target }, first, second)).ToArbitrary();
        Check.One(PbtScale.Config(Runs), Prop.ForAll(cases, c =>
        {
            var engine = c.table.Engine();
            var one = engine.Authorize(c.actor with { ClientId = c.first }, c.request);
            var other = engine.Authorize(c.actor with { ClientId = c.second }, c.request);
            return (one == other).Label($"linked to {c.first ?? "none"}: {one}; linked to {c.second ?? "none"}: {other}");
        }));
    }

    [Fact]
    public void Authorize_WhenActorLinkMovesBetweenOtherVendors_ExpectSameDecisionAboutThisVendor()
    {
        var cases = (from table in PolicyGenerators.Table
                     from actor in PolicyGenerators.ActiveOrNotActor
                     from request in PolicyGenerators.Request
                     from target in Gen.Elements(PolicyGenerators.VendorIds)
                     from first in Gen.Elements<string?>([null, .. PolicyGenerators.VendorIds]).Where(l => l != target)
                     from second in Gen.Elements<string?>([null, "v9", .. PolicyGenerators.VendorIds]).Where(l => l != target)
                     select (table, actor, request: request with { TargetVendorId = target }, first, second)).ToArbitrary();
        Check.One(PbtScale.Config(Runs), Prop.ForAll(cases, c =>
        {
            var engine = c.table.Engine();
            var one = engine.Authorize(c.actor with { VendorId = c.first }, c.request);
            var other = engine.Authorize(c.actor with { VendorId = c.second }, c.request);
            return (one == other).Label($"linked to {c.first ?? "none"}: {one}; linked to {c.second ?? "none"}: {other}");
        }));
    }

    [Fact]
    public void Authorize_WhenRowsArePermutedOrDuplicated_ExpectEveryDecisionUnchanged()
    {
        var cases = (from table in PolicyGenerators.Table
                     from shuffledPermits in Gen.Shuffle(table.Permits.ToArray())
                     from repeatedPermits in Gen.SubListOf(table.Permits.ToArray())
                     from shuffledForbids in Gen.Shuffle(table.Forbids.ToArray())
                     from repeatedForbids in Gen.SubListOf(table.Forbids.ToArray())
                     from requests in Gen.ArrayOf(Gen.Zip(PolicyGenerators.Actor, PolicyGenerators.Request), 20)
                     select (table, rearranged: new RuleTable([.. shuffledPermits, .. repeatedPermits], [.. repeatedForbids, .. shuffledForbids]), requests)).ToArbitrary();
        Check.One(PbtScale.Config(Runs / 4), Prop.ForAll(cases, c =>
        {
            var original = c.table.Engine();
            var rearranged = c.rearranged.Engine();
            foreach (var (actor, request) in c.requests)
            {
                var before = original.Authorize(actor, request);
                var after = rearranged.Authorize(actor, request);
                if (before != after)
                {
                    return false.Label($"{request}: original {before}, rearranged {after}");
                }
            }

            return true.ToProperty();
        }));
    }

    private static bool ReasonNamesDecider(RuleTable table, User? actor, AuthorizationRequest request, AuthorizationDecision decision)
    {
        if (actor is null)
        {
            return decision.DenialReason == DenialReason.ActorNotFound && decision.Reason == "actor_not_found";
        }

        if (decision.IsAllowed)
        {
            return table.Permits.Contains(decision.Permit)
                && RuleMeaning.PermitHolds(decision.Permit, actor, request)
                && decision.Reason == decision.Permit.Name
                && decision.DenialReason == DenialReason.None;
        }

        if (decision.Forbid is { } forbid)
        {
            return table.Forbids.Contains(forbid)
                && RuleMeaning.ForbidHolds(forbid, actor, request)
                && decision.DenialReason == forbid.Reason
                && decision.Reason == forbid.Reason.ToWireName();
        }

        // Default deny: no forbid decided, so none may hold, and the reason says which kind of permit was missing.
        if (table.Forbids.Any(f => RuleMeaning.ForbidHolds(f, actor, request)))
        {
            return false;
        }

        var rowsForRole = table.Permits.Where(p => p.Operation == request.Operation && p.Role == actor.Role).ToList();
        var acceptable = rowsForRole.Count == 0
            ? [DenialReason.RoleNotPermitted]
            : rowsForRole.Select(p => p.Association == AssociationRequirement.AssignedToVendor ? DenialReason.NotAssignedToVendor : DenialReason.NotAssignedToClient).ToHashSet();
        return acceptable.Contains(decision.DenialReason) && decision.Reason == decision.DenialReason.ToWireName();
    }
}
