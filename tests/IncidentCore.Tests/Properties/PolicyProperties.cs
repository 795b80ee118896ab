using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IncidentCore.Domain;
using IncidentCore.Policy;
using IncidentCore.Tests.Support;

namespace IncidentCore.Tests.Properties;

public sealed class PolicyProperties
{
    private static readonly PolicyEngine Engine = PolicyEngine.CreateDefault();

    private static Arbitrary<User> Actors() =>
        (from role in Gen.Elements(WireNames.UserRole.Values.ToArray())
         from status in Gen.Elements(WireNames.UserStatus.Values.ToArray())
         from clientId in Gen.Elements<string?>(null, "c1", "c2")
         from vendorId in Gen.Elements<string?>(null, "v1")
         select Seed.User("actor", role, status, clientId, vendorId)).ToArbitrary();

    private static Arbitrary<AuthorizationRequest> Requests() =>
        (from operation in Gen.Elements(PolicyNames.Operation.Values.ToArray())
         from target in Gen.Elements<string?>(null, "c1", "c2")
         select new AuthorizationRequest(operation, TargetClientId: target)).ToArbitrary();

    [Property]
    public Property Authorize_WhenActorIsNotActive_DeniesEveryOperation() =>
        Prop.ForAll(Actors(), Requests(), (actor, request) =>
            actor.Status == UserStatus.Active || Engine.Authorize(actor, request).DenialReason == DenialReason.ActorNotActive);

    [Property]
    public Property Authorize_WhenAllowed_TheReasonNamesARuleForThisOperationAndRole() =>
        Prop.ForAll(Actors(), Requests(), (actor, request) =>
        {
            var decision = Engine.Authorize(actor, request);
            return !decision.IsAllowed
                || (decision.Permit.Operation == request.Operation && decision.Permit.Role == actor.Role && decision.Reason == decision.Permit.Name);
        });

    [Property]
    public Property Authorize_DependsOnTheActorsClientLinkOnlyThroughTheTargetClient() =>
        Prop.ForAll(Actors(), Requests(), (actor, request) =>
        {
            // Moving the actor between clients that are not the target never changes the decision.
            var elsewhere1 = Engine.Authorize(actor with { ClientId = "other-1" }, request);
            var elsewhere2 = Engine.Authorize(actor with { ClientId = "other-2" }, request);
            return elsewhere1 == elsewhere2;
        });
}
