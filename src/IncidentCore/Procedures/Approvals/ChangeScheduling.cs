using IncidentCore.Domain;
using IncidentCore.Domain.Approvals;
using IncidentCore.Policy;
using IncidentCore.Procedures.Definitions;
using IncidentCore.Procedures.Pipeline;
using Field = IncidentCore.Procedures.Definitions.ChangeRequestFields;

namespace IncidentCore.Procedures.Approvals;

/// <summary>
/// Scheduling an approved change: technical support and system administrators give its start and end, the start
/// before the end and not in the past. The change moves to scheduled; audited as an update.
/// </summary>
public sealed class ChangeScheduling
{
    internal static readonly UpdateSop<ChangeRequest> Sop = new()
    {
        Operation = Operation.ChangeSchedule,
        EntityType = EntityType.ChangeRequest,
        IdField = "change_id",
        Inputs =
        [
            new SopInput<ChangeSet, ChangeRequest>(Field.Status),
            new SopInput<ChangeSet, ChangeRequest>(Field.ScheduledStartTime),
            new SopInput<ChangeSet, ChangeRequest>(Field.ScheduledEndTime),
        ],
        Find = Field.FindById,
        IdOf = static c => c.ChangeId,
        Check = CheckTimesAsync,
        Apply = static (in SopValues v, ChangeRequest c, DateTimeOffset now) => c with
        {
            Status = ChangeStatus.Scheduled,
            ScheduledStartTime = v.Timestamp(Field.ScheduledStartTime),
            ScheduledEndTime = v.Timestamp(Field.ScheduledEndTime),
            UpdatedAt = now,
            Version = c.Version + 1,
        },
        Stage = static (work, change) => ApprovalStore.Of(work).ChangeRequests.Update(change),
    };

    private readonly SopPipeline _pipeline;

    internal ChangeScheduling(SopPipeline pipeline) => _pipeline = pipeline;

    /// <summary>Schedules an approved change.</summary>
    /// <param name="actorUserId">The acting user's id, as the host authenticated it.</param>
    /// <param name="changeId">The change request.</param>
    /// <param name="scheduledStartTime">scheduled_start_time (required): an ISO 8601 instant, not in the past.</param>
    /// <param name="scheduledEndTime">scheduled_end_time (required): an ISO 8601 instant after the start.</param>
    /// <param name="cancellationToken">Cancels the call; a cancelled call changes nothing.</param>
    /// <returns>The scheduled change request, or a halt (validation_failed, unauthorized, not_found, conflict, storage_failure).</returns>
    public ValueTask<SopResult<ChangeRequest>> ScheduleAsync(string actorUserId, string changeId, string? scheduledStartTime, string? scheduledEndTime, CancellationToken cancellationToken = default) =>
        _pipeline.UpdateAsync(Sop, actorUserId, changeId, new ChangeSet
        {
            { "status", ChangeStatus.Scheduled.ToWireName() },
            { "scheduled_start_time", scheduledStartTime },
            { "scheduled_end_time", scheduledEndTime },
        }, cancellationToken);

    /// <summary>Both times given, the start not in the past and before the end; then the change must be approved.</summary>
    private static ValueTask<SopCheckFailure?> CheckTimesAsync(SopCheck<ChangeRequest> check, CancellationToken cancellationToken)
    {
        var (v, describe) = (check.Values, check.Describe);
        List<FieldError>? errors = null;
        var start = v.OptionalTimestamp(Field.ScheduledStartTime);
        var end = v.OptionalTimestamp(Field.ScheduledEndTime);
        if (start is null)
        {
            (errors ??= []).Add(describe.Required("scheduled_start_time"));
        }
        else if (start < check.Now)
        {
            (errors ??= []).Add(describe.RuleBroken("scheduled_start_time", "the start may not lie in the past"));
        }

        if (end is null)
        {
            (errors ??= []).Add(describe.Required("scheduled_end_time"));
        }
        else if (start is not null && end <= start)
        {
            (errors ??= []).Add(describe.RuleBroken("scheduled_end_time", "the end must come after the start"));
        }

        return errors is not null
            ? ValueTask.FromResult<SopCheckFailure?>(new SopCheckFailure(HaltCode.ValidationFailed, errors))
            : Field.MustBe(check, ChangeStatus.Approved);
    }
}
