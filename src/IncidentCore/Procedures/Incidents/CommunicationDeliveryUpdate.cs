using IncidentCore.Domain;
using IncidentCore.Domain.Incidents;
using IncidentCore.Policy;
using IncidentCore.Procedures.Definitions;
using IncidentCore.Procedures.Pipeline;
using Field = IncidentCore.Procedures.Definitions.CommunicationFields;

namespace IncidentCore.Procedures.Incidents;

/// <summary>
/// Updating a communication's delivery status: its sender, incident managers and technical support. Delivery moves
/// pending → sent → delivered, or to failed; sent_at is set when the status first leaves pending. Audited.
/// </summary>
public sealed class CommunicationDeliveryUpdate
{
    internal static readonly UpdateSop<Communication> Sop = new()
    {
        Operation = Operation.CommunicationDeliveryUpdate,
        EntityType = EntityType.Communication,
        IdField = "communication_id",
        Inputs = [new SopInput<ChangeSet, Communication>(Field.DeliveryStatus)],
        Find = Field.FindById,
        IdOf = static c => c.CommunicationId,
        Target = static (_, op, _, communication, _) => Field.TargetOf(op, communication!),
        Check = static (c, _) =>
        {
            var to = (DeliveryStatus)c.Values.Number(Field.DeliveryStatus);
            return ValueTask.FromResult(Field.IsAllowed(c.Current!.DeliveryStatus, to)
                ? null
                : SopCheckFailure.Invalid(c.Describe.RuleBroken("delivery_status", $"delivery cannot move from {c.Current.DeliveryStatus.ToWireName()} to {to.ToWireName()}")));
        },
        Apply = static (in SopValues v, Communication c, DateTimeOffset now) => c with
        {
            DeliveryStatus = (DeliveryStatus)v.Number(Field.DeliveryStatus),
            SentAt = c.SentAt ?? now,
            Version = c.Version + 1,
        },
        Stage = static (work, communication) => IncidentStore.Of(work).Communications.Update(communication),
    };

    private readonly SopPipeline _pipeline;

    internal CommunicationDeliveryUpdate(SopPipeline pipeline) => _pipeline = pipeline;

    /// <summary>Updates a communication's delivery status.</summary>
    /// <param name="actorUserId">The acting user's id, as the host authenticated it.</param>
    /// <param name="communicationId">The communication.</param>
    /// <param name="deliveryStatus">The new status in wire form: sent, delivered or failed.</param>
    /// <param name="cancellationToken">Cancels the call; a cancelled call changes nothing.</param>
    /// <returns>The updated communication, or a halt (validation_failed, unauthorized, not_found, conflict, storage_failure).</returns>
    public ValueTask<SopResult<Communication>> UpdateAsync(string actorUserId, string communicationId, string deliveryStatus, CancellationToken cancellationToken = default) =>
        _pipeline.UpdateAsync(Sop, actorUserId, communicationId, new ChangeSet { { "delivery_status", deliveryStatus } }, cancellationToken);
}
