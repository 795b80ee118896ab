using IncidentCore.Domain;
using IncidentCore.Domain.Incidents;
using IncidentCore.Policy;
using IncidentCore.Procedures.Definitions;
using IncidentCore.Procedures.Pipeline;
using Field = IncidentCore.Procedures.Definitions.EscalationFields;

namespace IncidentCore.Procedures.Incidents;

/// <summary>
/// Escalation: incident managers, technical support and executives escalate any incident; an account manager only its
/// assigned client's. The target must be active, not the actor, and fit the level; an incident holds at most one active
/// escalation per level. Audited with the action <c>escalate</c>.
/// </summary>
public sealed class EscalationCreation
{
    /// <summary>
    /// Steps: validate → authorize (an account manager: after reading the incident, its client) → the incident exists →
    /// it is not closed, the target is not the actor, then exists, is active and fits the level (one refusal for the
    /// three, naming escalated_to_user), no other active escalation at that level → create → audit as escalate, in one commit (the store refuses a second active
    /// escalation at the same level at commit, so racing escalations leave exactly one).
    /// </summary>
    internal static readonly CreateSop<EscalationCreateRequest, Escalation> Sop = new()
    {
        Operation = Operation.EscalationCreate,
        EntityType = EntityType.Escalation,
        IdField = "escalation_id",
        Action = AuditAction.Escalate,
        Inputs =
        [
            new SopInput<EscalationCreateRequest, Escalation>(Field.IncidentId, r => r.IncidentId).Required(),
            new SopInput<EscalationCreateRequest, Escalation>(Field.EscalatedToUser, r => r.EscalatedToUser).Required(),
            new SopInput<EscalationCreateRequest, Escalation>(Field.EscalationLevel, r => r.EscalationLevel).Required(),
            new SopInput<EscalationCreateRequest, Escalation>(Field.Reason, r => r.Reason),
        ],
        Target = static async (work, operation, v, _, ct) =>
            await IncidentStore.Of(work).Incidents.FindByIdAsync(v.Text(Field.IncidentId), ct).ConfigureAwait(false) is { } incident
                ? await IncidentFields.TargetOfAsync(work, operation, incident, ct).ConfigureAwait(false)
                : null,
        Check = CheckTargetAsync,
        Build = static (in SopValues v, string id, string actor, DateTimeOffset now) => new Escalation
        {
            EscalationId = id,
            IncidentId = v.Text(Field.IncidentId),
            EscalatedByUser = actor,
            EscalatedToUser = v.Text(Field.EscalatedToUser),
            EscalationLevel = (EscalationLevel)v.Number(Field.EscalationLevel),
            Reason = v.OptionalText(Field.Reason),
            Status = EscalationStatus.Active,
            EscalatedAt = now,
        },
        Stage = static (work, escalation) => IncidentStore.Of(work).Escalations.Add(escalation),
    };

    private readonly SopPipeline _pipeline;

    internal EscalationCreation(SopPipeline pipeline) => _pipeline = pipeline;

    /// <summary>Escalates an incident.</summary>
    /// <param name="actorUserId">The acting user's id, as the host authenticated it; recorded as the escalating user.</param>
    /// <param name="request">The escalation in wire form.</param>
    /// <param name="cancellationToken">Cancels the call; a cancelled call changes nothing.</param>
    /// <returns>The new escalation_id, or a halt (validation_failed, unauthorized, not_found, duplicate, conflict, storage_failure).</returns>
    public ValueTask<SopResult<string>> EscalateAsync(string actorUserId, EscalationCreateRequest request, CancellationToken cancellationToken = default) =>
        _pipeline.CreateAsync(Sop, actorUserId, request, cancellationToken);

    private static async ValueTask<SopCheckFailure?> CheckTargetAsync(SopCheck<Escalation> check, CancellationToken cancellationToken)
    {
        var (work, v, describe) = (check.Work, check.Values, check.Describe);
        var store = IncidentStore.Of(work);
        var incident = (await store.Incidents.FindByIdAsync(v.Text(Field.IncidentId), cancellationToken).ConfigureAwait(false))!;
        if (incident.Status == IncidentStatus.Closed)
        {
            return SopCheckFailure.Invalid(describe.RuleBroken("incident_id", "a closed incident cannot be escalated"));
        }

        var level = (EscalationLevel)v.Number(Field.EscalationLevel);
        var targetId = v.Text(Field.EscalatedToUser);
        if (string.Equals(targetId, check.Actor.UserId, StringComparison.Ordinal))
        {
            return SopCheckFailure.Invalid(describe.RuleBroken("escalated_to_user", "nobody escalates to themselves"));
        }

        var vendor = level == EscalationLevel.Vendor ? await IncidentFields.SupportingVendorAsync(work, incident.ComponentId, cancellationToken).ConfigureAwait(false) : null;
        if (level == EscalationLevel.Vendor && vendor is null)
        {
            return SopCheckFailure.Invalid(describe.RuleBroken("escalation_level", "no vendor supports the incident's component"));
        }

        // One refusal for a target that does not exist, is not active or does not fit the level: the caller learns
        // nothing about users it may not read.
        var target = await work.Users.FindByIdAsync(targetId, cancellationToken).ConfigureAwait(false);
        if (target is null || target.Status != UserStatus.Active || !Field.FitsLevel(target, level, vendor))
        {
            return SopCheckFailure.Invalid(describe.RuleBroken("escalated_to_user", $"the target must be an active user who fits the {level.ToWireName()} level"));
        }

        foreach (var existing in await store.Escalations.ListByIncidentAsync(incident.IncidentId, cancellationToken).ConfigureAwait(false))
        {
            if (existing.Status == EscalationStatus.Active && existing.EscalationLevel == level)
            {
                return new SopCheckFailure(HaltCode.Duplicate, [describe.Duplicate("escalation_level", EntityType.Escalation)]);
            }
        }

        return null;
    }
}
