using IncidentCore.Domain;
using IncidentCore.Domain.Incidents;
using IncidentCore.Policy;
using IncidentCore.Ports;
using IncidentCore.Procedures.Definitions;
using IncidentCore.Procedures.Pipeline;
using Field = IncidentCore.Procedures.Definitions.IncidentFields;

namespace IncidentCore.Procedures.Incidents;

/// <summary>
/// Incident update: incident managers, technical support and executives change an incident's status, assignment,
/// severity, impact, urgency, title or category; a vendor contact may only move the status of its vendor's incidents to
/// investigating, in_progress or resolved. Status moves follow the lifecycle; the resolution time follows the status;
/// one history row per changed field and one audit entry are written in the same commit.
/// </summary>
public sealed class IncidentUpdate
{
    /// <summary>
    /// Change set: status, assigned_to_user_id, severity, impact_level, urgency_level, title, category. A change set
    /// that moves only the status to investigating, in_progress or resolved is the operation incident_status_update
    /// (which vendor contacts of the incident's vendor may run); anything else is incident_update. Steps: validate →
    /// authorize (for a vendor contact, after reading the incident: its component's vendor) → retrieve the incident →
    /// lifecycle and assignee checks → update → history rows → audit, in one commit.
    /// </summary>
    internal static readonly UpdateSop<Incident> Sop = new()
    {
        Operation = Operation.IncidentUpdate,
        EntityType = EntityType.Incident,
        IdField = "incident_id",
        Inputs =
        [
            new SopInput<ChangeSet, Incident>(Field.Status),
            new SopInput<ChangeSet, Incident>(Field.AssignedToUserId),
            new SopInput<ChangeSet, Incident>(Field.Severity),
            new SopInput<ChangeSet, Incident>(Field.ImpactLevel),
            new SopInput<ChangeSet, Incident>(Field.UrgencyLevel),
            new SopInput<ChangeSet, Incident>(Field.Title),
            new SopInput<ChangeSet, Incident>(Field.Category),
        ],
        OperationFor = static (in SopValues v) => IsStatusOnly(v) ? Operation.IncidentStatusUpdate : Operation.IncidentUpdate,
        Find = Field.FindById,
        IdOf = static i => i.IncidentId,
        Target = static (work, operation, _, incident, ct) => Field.TargetOfAsync(work, operation, incident!, ct),
        Check = static async (c, ct) =>
        {
            var (work, v, current, describe) = (c.Work, c.Values, c.Current, c.Describe);
            if (current!.Status == IncidentStatus.Closed)
            {
                return SopCheckFailure.Invalid(describe.RuleBroken("status", "a closed incident is final"));
            }

            if (v.IsSet(Field.Status) && (IncidentStatus)v.Number(Field.Status) is var to && to != current.Status && !IncidentLifecycle.IsAllowed(current.Status, to))
            {
                var allowed = string.Join(", ", IncidentLifecycle.AllowedNext(current.Status).Select(s => s.ToWireName()));
                return SopCheckFailure.Invalid(describe.RuleBroken("status", $"from {current.Status.ToWireName()} the status may move to: {allowed}"));
            }

            return v.IsSet(Field.AssignedToUserId)
                ? await Field.AssigneeFitsAsync(work, v.OptionalText(Field.AssignedToUserId), describe, ct).ConfigureAwait(false)
                : null;
        },
        Apply = static (in SopValues v, Incident i, DateTimeOffset now) =>
        {
            var status = (IncidentStatus)v.NumberOr(Field.Status, (long)i.Status);
            return i with
            {
                Status = status,
                ResolutionTimestamp = status == i.Status ? i.ResolutionTimestamp : IncidentLifecycle.ResolutionTimestamp(status, i.ResolutionTimestamp, now),
                AssignedToUserId = v.OptionalTextOr(Field.AssignedToUserId, i.AssignedToUserId),
                Severity = (Severity)v.NumberOr(Field.Severity, (long)i.Severity),
                ImpactLevel = (IncidentLevel)v.NumberOr(Field.ImpactLevel, (long)i.ImpactLevel),
                UrgencyLevel = (IncidentLevel)v.NumberOr(Field.UrgencyLevel, (long)i.UrgencyLevel),
                Title = v.TextOr(Field.Title, i.Title),
                Category = v.TextOr(Field.Category, i.Category),
                UpdatedAt = now,
                Version = i.Version + 1,
            };
        },
        Stage = static (work, incident) => IncidentStore.Of(work).Incidents.Update(incident),
        Companions = WriteHistory,
    };

    private static readonly (RecordField<Incident> Field, IncidentUpdateType Type)[] Tracked =
    [
        (Field.Status, IncidentUpdateType.StatusChange),
        (Field.AssignedToUserId, IncidentUpdateType.AssignmentChange),
        (Field.Severity, IncidentUpdateType.PriorityChange),
        (Field.ImpactLevel, IncidentUpdateType.PriorityChange),
        (Field.UrgencyLevel, IncidentUpdateType.PriorityChange),
        (Field.Title, IncidentUpdateType.DetailsChange),
        (Field.Category, IncidentUpdateType.DetailsChange),
    ];

    private readonly SopPipeline _pipeline;

    internal IncidentUpdate(SopPipeline pipeline) => _pipeline = pipeline;

    /// <summary>Updates an incident.</summary>
    /// <param name="actorUserId">The acting user's id, as the host authenticated it.</param>
    /// <param name="incidentId">The incident to update.</param>
    /// <param name="changes">The fields to change, by wire name.</param>
    /// <param name="cancellationToken">Cancels the call; a cancelled call changes nothing.</param>
    /// <returns>The updated incident, or a halt (validation_failed, unauthorized, not_found, conflict, storage_failure).</returns>
    public ValueTask<SopResult<Incident>> UpdateAsync(string actorUserId, string incidentId, ChangeSet changes, CancellationToken cancellationToken = default) =>
        _pipeline.UpdateAsync(Sop, actorUserId, incidentId, changes, cancellationToken);

    private static bool IsStatusOnly(in SopValues v)
    {
        if (!v.IsSet(Field.Status) || (IncidentStatus)v.Number(Field.Status) is not (IncidentStatus.Investigating or IncidentStatus.InProgress or IncidentStatus.Resolved))
        {
            return false;
        }

        foreach (var (field, _) in Tracked)
        {
            if (field != Field.Status && v.IsSet(field))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>One history row per field whose value changed; free text is named, never copied.</summary>
    private static void WriteHistory(IUnitOfWork work, SopValues values, Incident before, Incident after, string actorUserId, DateTimeOffset now)
    {
        var incidents = IncidentStore.Of(work).Incidents;
        var sequence = 0;
        foreach (var (field, type) in Tracked)
        {
            var old = field.WireValue(before);
            var @new = field.WireValue(after);
            if (!values.IsSet(field) || string.Equals(old, @new, StringComparison.Ordinal))
            {
                continue;
            }

            var byValue = field.IsAuditedByValue;
            incidents.AppendHistory(new Domain.Incidents.IncidentHistoryEntry
            {
                UpdateId = $"{after.IncidentId}.{after.Version}.{++sequence}",
                IncidentId = after.IncidentId,
                UpdatedByUser = actorUserId,
                UpdateType = type,
                FieldChanged = field.Name,
                OldValue = byValue ? old : null,
                NewValue = byValue ? @new : null,
                CreatedAt = now,
            });
        }
    }
}
