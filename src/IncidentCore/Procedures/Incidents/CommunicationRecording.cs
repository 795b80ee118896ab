using IncidentCore.Domain;
using IncidentCore.Domain.Incidents;
using IncidentCore.Policy;
using IncidentCore.Procedures.Definitions;
using IncidentCore.Procedures.Messages;
using IncidentCore.Procedures.Pipeline;
using Field = IncidentCore.Procedures.Definitions.CommunicationFields;

namespace IncidentCore.Procedures.Incidents;

/// <summary>
/// Recording a communication: incident managers and technical support on any incident; an account manager on its
/// assigned client's; a vendor contact on its vendor's. The sender is the actor; a recipient user must be one allowed
/// to read the incident, so a communication never points an incident at an outsider. Audited.
/// </summary>
public sealed class CommunicationRecording
{
    internal static readonly CreateSop<CommunicationRecordRequest, Communication> Sop = new()
    {
        Operation = Operation.CommunicationRecord,
        EntityType = EntityType.Communication,
        IdField = "communication_id",
        Inputs =
        [
            new SopInput<CommunicationRecordRequest, Communication>(Field.IncidentId, r => r.IncidentId).Required(),
            new SopInput<CommunicationRecordRequest, Communication>(Field.RecipientId, r => r.RecipientId),
            new SopInput<CommunicationRecordRequest, Communication>(Field.RecipientType, r => r.RecipientType),
            new SopInput<CommunicationRecordRequest, Communication>(Field.CommunicationType, r => r.CommunicationType).Required(),
            new SopInput<CommunicationRecordRequest, Communication>(Field.DeliveryMethod, r => r.DeliveryMethod).Required(),
            new SopInput<CommunicationRecordRequest, Communication>(Field.DeliveryStatus, r => r.DeliveryStatus).Default(DeliveryStatus.Pending, IncidentWireNames.DeliveryStatus),
        ],
        Validate = NeedsARecipient,
        Target = static async (work, operation, v, _, ct) =>
            await IncidentStore.Of(work).Incidents.FindByIdAsync(v.Text(Field.IncidentId), ct).ConfigureAwait(false) is { } incident
                ? await IncidentFields.TargetOfAsync(work, operation, incident, ct).ConfigureAwait(false)
                : null,
        Check = RecipientMayReadAsync,
        Build = static (in SopValues v, string id, string actor, DateTimeOffset now) => new Communication
        {
            CommunicationId = id,
            IncidentId = v.Text(Field.IncidentId),
            SenderId = actor,
            RecipientId = v.OptionalText(Field.RecipientId),
            RecipientType = v.IsSet(Field.RecipientType) ? (RecipientType)v.Number(Field.RecipientType) : null,
            CommunicationType = (CommunicationType)v.Number(Field.CommunicationType),
            DeliveryMethod = (DeliveryMethod)v.Number(Field.DeliveryMethod),
            DeliveryStatus = (DeliveryStatus)v.Number(Field.DeliveryStatus),
            SentAt = (DeliveryStatus)v.Number(Field.DeliveryStatus) == DeliveryStatus.Pending ? null : now,
            CreatedAt = now,
        },
        Stage = static (work, communication) => IncidentStore.Of(work).Communications.Add(communication),
    };

    private readonly SopPipeline _pipeline;

    internal CommunicationRecording(SopPipeline pipeline) => _pipeline = pipeline;

    /// <summary>Records a communication about an incident.</summary>
    /// <param name="actorUserId">The acting user's id, as the host authenticated it; recorded as the sender.</param>
    /// <param name="request">The communication in wire form.</param>
    /// <param name="cancellationToken">Cancels the call; a cancelled call changes nothing.</param>
    /// <returns>The new communication_id, or a halt (validation_failed, unauthorized, not_found, conflict, storage_failure).</returns>
    public ValueTask<SopResult<string>> RecordAsync(string actorUserId, CommunicationRecordRequest request, CancellationToken cancellationToken = default) =>
        _pipeline.CreateAsync(Sop, actorUserId, request, cancellationToken);

    private static void NeedsARecipient(CommunicationRecordRequest request, ref SopValues values, ref List<FieldError>? errors, IncidentCoreErrorDescriber describe, DateTimeOffset now)
    {
        if (request.RecipientId is null && request.RecipientType is null)
        {
            (errors ??= []).Add(describe.RuleBroken("recipient_id", "give a recipient_id or a recipient_type"));
        }
    }

    /// <summary>A recipient user must be active and allowed to read the incident, by the same rules as the incident read.</summary>
    private static async ValueTask<SopCheckFailure?> RecipientMayReadAsync(SopCheck<Communication> check, CancellationToken cancellationToken)
    {
        if (check.Values.OptionalText(Field.RecipientId) is not { } recipientId)
        {
            return null;
        }

        var incident = (await IncidentStore.Of(check.Work).Incidents.FindByIdAsync(check.Values.Text(Field.IncidentId), cancellationToken).ConfigureAwait(false))!;
        var recipient = await check.Work.Users.FindByIdAsync(recipientId, cancellationToken).ConfigureAwait(false);
        var target = (await IncidentFields.TargetOfAsync(check.Work, Operation.IncidentRead, incident, cancellationToken).ConfigureAwait(false))!.Value;
        return check.Policy.Authorize(recipient, target).IsAllowed
            ? null
            : SopCheckFailure.Invalid(check.Describe.RuleBroken("recipient_id", "the recipient must be an active user allowed to read the incident"));
    }
}
