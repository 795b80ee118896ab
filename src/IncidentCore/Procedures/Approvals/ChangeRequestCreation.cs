using IncidentCore.Domain;
using IncidentCore.Domain.Approvals;
using IncidentCore.Policy;
using IncidentCore.Procedures.Definitions;
using IncidentCore.Procedures.Pipeline;
using Field = IncidentCore.Procedures.Definitions.ChangeRequestFields;

namespace IncidentCore.Procedures.Approvals;

/// <summary>
/// Change request: technical support, system administrators, incident managers and executives request a change,
/// optionally for an existing incident. Its approval rule (<see cref="ApprovalTable"/>) decides whether it waits as
/// requested, is pre-approved (a standard change at low or medium risk), or is approved by its requester acting as
/// approver (a requester who holds the required role, unless four-eyes is on); an approval is audited in the same commit.
/// </summary>
public sealed class ChangeRequestCreation
{
    /// <summary>
    /// Steps: validate → authorize → the incident exists (when given) → create requested, or approved when its rule
    /// allows → audit as create, and as approve under the approval rule when approved, in one commit.
    /// </summary>
    internal static readonly CreateSop<ChangeRequestCreateRequest, ChangeRequest> Sop = new()
    {
        Operation = Operation.ChangeRequestCreate,
        EntityType = EntityType.ChangeRequest,
        IdField = "change_id",
        Inputs =
        [
            new SopInput<ChangeRequestCreateRequest, ChangeRequest>(Field.Title, r => r.Title).Required(),
            new SopInput<ChangeRequestCreateRequest, ChangeRequest>(Field.ChangeType, r => r.ChangeType).Required(),
            new SopInput<ChangeRequestCreateRequest, ChangeRequest>(Field.RiskLevel, r => r.RiskLevel).Required(),
            new SopInput<ChangeRequestCreateRequest, ChangeRequest>(Field.IncidentId, r => r.IncidentId),
        ],
        Build = static (in SopValues v, string id, string actor, DateTimeOffset now) => new ChangeRequest
        {
            ChangeId = id,
            Title = v.Text(Field.Title),
            ChangeType = (ChangeType)v.Number(Field.ChangeType),
            RiskLevel = (RiskLevel)v.Number(Field.RiskLevel),
            IncidentId = v.OptionalText(Field.IncidentId),
            RequestingUser = actor,
            Status = ChangeStatus.Requested,
            CreatedAt = now,
            UpdatedAt = now,
        },
        ApproveOnRequest = Field.ApproveOnRequest,
        Stage = static (work, change) => ApprovalStore.Of(work).ChangeRequests.Add(change),
    };

    private readonly SopPipeline _pipeline;

    internal ChangeRequestCreation(SopPipeline pipeline) => _pipeline = pipeline;

    /// <summary>Requests a change.</summary>
    /// <param name="actorUserId">The acting user's id, as the host authenticated it; recorded as the requesting user.</param>
    /// <param name="request">The change request in wire form.</param>
    /// <param name="cancellationToken">Cancels the call; a cancelled call changes nothing.</param>
    /// <returns>The new change_id, or a halt (validation_failed, unauthorized, not_found, conflict, storage_failure).</returns>
    public ValueTask<SopResult<string>> CreateAsync(string actorUserId, ChangeRequestCreateRequest request, CancellationToken cancellationToken = default) =>
        _pipeline.CreateAsync(Sop, actorUserId, request, cancellationToken);
}
