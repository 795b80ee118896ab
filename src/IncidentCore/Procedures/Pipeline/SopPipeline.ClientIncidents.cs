using IncidentCore.Domain;
using IncidentCore.Domain.Incidents;
using IncidentCore.Domain.Normalization;
using IncidentCore.Policy;
using IncidentCore.Procedures.Definitions;

namespace IncidentCore.Procedures.Pipeline;

/// <summary>Listing a client's incidents a page at a time by key, governed like every read.</summary>
internal sealed partial class SopPipeline
{
    public const int MaximumIncidentPage = 200;

    internal static readonly SopDefinition ClientIncidentsSop = new(Operation.ClientIncidentsList, SopKind.Read, EntityType.Incident, "client_id", []);

    public async ValueTask<SopResult<IReadOnlyList<Incident>>> ListClientIncidentsAsync(
        string actorUserId, string clientId, string? afterIncidentId, int take, CancellationToken cancellationToken)
    {
        var call = Begin(Operation.ClientIncidentsList, EntityType.Incident, ClientIncidentsSop, actorUserId);
        using var activity = call.Activity;

        List<FieldError>? errors = null;
        CheckActorId(actorUserId, ref errors);
        CheckRecordId("client_id", clientId, ref errors);
        if (afterIncidentId is not null && !TextRules.IsWellFormedId(afterIncidentId))
        {
            (errors ??= []).Add(describe.InvalidId("after"));
        }

        if (take is < 1 or > MaximumIncidentPage)
        {
            (errors ??= []).Add(describe.OutOfRange("take", 1, MaximumIncidentPage));
        }

        if (errors is not null)
        {
            return ValidationFailed(call, errors);
        }

        try
        {
            await using var scope = new UnitOfWorkScope(await store.BeginAsync(cancellationToken).ConfigureAwait(false), events);
            var work = scope.Work;
            var actor = await work.Users.FindByIdAsync(actorUserId, cancellationToken).ConfigureAwait(false);

            // The client is named by the call, so association is decided before anything is read.
            var decision = policy.Authorize(actor, new AuthorizationRequest(Operation.ClientIncidentsList, TargetClientId: clientId));
            if (!decision.IsAllowed)
            {
                return ReadDenied(call, decision);
            }

            if (await work.Clients.FindByIdAsync(clientId, cancellationToken).ConfigureAwait(false) is null)
            {
                return Halted(call, HaltCode.NotFound, describe.RecordNotFound(EntityType.Client, "client_id"), [describe.NotFound("client_id", EntityType.Client)]);
            }

            var page = await IncidentStore.Of(work).Incidents.ListByClientAsync(clientId, afterIncidentId, take, cancellationToken).ConfigureAwait(false);
            events.Read(call.Operation, call.Activity, EntityType.Incident, actorUserId, decision.Reason);
            return SopResult<IReadOnlyList<Incident>>.Success(page);
        }
        catch (Exception exception) when (IsStorageFailure(exception, cancellationToken))
        {
            return await StorageFailedAsync(call, exception).ConfigureAwait(false);
        }
    }
}
