using IncidentCore.Domain;
using IncidentCore.Domain.Incidents;
using IncidentCore.Policy;
using IncidentCore.Procedures.Definitions;
using IncidentCore.Procedures.Messages;
using IncidentCore.Procedures.Pipeline;
using Field = IncidentCore.Procedures.Definitions.IncidentFields;

namespace IncidentCore.Procedures.Incidents;

/// <summary>
/// Incident report: incident managers, technical support, system administrators and executives report any incident; a
/// client contact only for its own client; a vendor contact only on a component of a product its vendor supports. The
/// severity is given or classified from the flags; the reporter is the actor; the incident starts open; client and
/// component must exist; the report is audited.
/// </summary>
public sealed class IncidentReport
{
    /// <summary>
    /// Steps: validate (the severity given or classified, status open, detection not in the future) → authorize (the
    /// client and the component's vendor for contacts) → client, component and assignee exist → the assignee is active
    /// and internal → create → audit, in one commit.
    /// </summary>
    internal static readonly CreateSop<IncidentReportRequest, Incident> Sop = new()
    {
        Operation = Operation.IncidentReport,
        EntityType = EntityType.Incident,
        IdField = "incident_id",
        Inputs =
        [
            new SopInput<IncidentReportRequest, Incident>(Field.Title, r => r.Title).Required(),
            new SopInput<IncidentReportRequest, Incident>(Field.Category, r => r.Category).Required(),
            new SopInput<IncidentReportRequest, Incident>(Field.Severity, r => r.Severity),
            new SopInput<IncidentReportRequest, Incident>(Field.ImpactLevel, r => r.ImpactLevel).Required(),
            new SopInput<IncidentReportRequest, Incident>(Field.UrgencyLevel, r => r.UrgencyLevel).Required(),
            new SopInput<IncidentReportRequest, Incident>(Field.ClientId, r => r.ClientId).Required(),
            new SopInput<IncidentReportRequest, Incident>(Field.ComponentId, r => r.ComponentId).Required(),
            new SopInput<IncidentReportRequest, Incident>(Field.DetectionTimestamp, r => r.DetectionTimestamp).Required(),
            new SopInput<IncidentReportRequest, Incident>(Field.AssignedToUserId, r => r.AssignedToUserId),
            new SopInput<IncidentReportRequest, Incident>(Field.Status, r => r.Status).Default(IncidentStatus.Open, IncidentWireNames.IncidentStatus),
        ],
        Validate = Classify,
        Target = static async (work, operation, v, _, ct) => new AuthorizationRequest(operation, TargetClientId: v.Text(Field.ClientId),
            TargetVendorId: await Field.SupportingVendorAsync(work, v.Text(Field.ComponentId), ct).ConfigureAwait(false)),
        Check = static (c, ct) => Field.AssigneeFitsAsync(c.Work, c.Values.OptionalText(Field.AssignedToUserId), c.Describe, ct),
        Build = static (in SopValues v, string id, string actor, DateTimeOffset now) => new Incident
        {
            IncidentId = id,
            Title = v.Text(Field.Title),
            Category = v.Text(Field.Category),
            Severity = (Severity)v.Number(Field.Severity),
            ImpactLevel = (IncidentLevel)v.Number(Field.ImpactLevel),
            UrgencyLevel = (IncidentLevel)v.Number(Field.UrgencyLevel),
            ClientId = v.Text(Field.ClientId),
            ComponentId = v.Text(Field.ComponentId),
            ReporterUserId = actor,
            AssignedToUserId = v.OptionalText(Field.AssignedToUserId),
            DetectionTimestamp = v.Timestamp(Field.DetectionTimestamp),
            Status = IncidentStatus.Open,
            CreatedAt = now,
            UpdatedAt = now,
        },
        Stage = static (work, incident) => IncidentStore.Of(work).Incidents.Add(incident),
    };

    private readonly SopPipeline _pipeline;

    internal IncidentReport(SopPipeline pipeline) => _pipeline = pipeline;

    /// <summary>Reports an incident.</summary>
    /// <param name="actorUserId">The acting user's id, as the host authenticated it; recorded as the reporter.</param>
    /// <param name="request">The incident's details in wire form.</param>
    /// <param name="cancellationToken">Cancels the call; a cancelled call changes nothing.</param>
    /// <returns>The new incident_id, or a halt (validation_failed, unauthorized, not_found, conflict, storage_failure).</returns>
    public ValueTask<SopResult<string>> ReportAsync(string actorUserId, IncidentReportRequest request, CancellationToken cancellationToken = default) =>
        _pipeline.CreateAsync(Sop, actorUserId, request, cancellationToken);

    /// <summary>
    /// The severity is the one given, or the flags' classification; neither, or a disagreement, names <c>severity</c>.
    /// An incident is reported open, and cannot have been detected in the future.
    /// </summary>
    private static void Classify(IncidentReportRequest request, ref SopValues values, ref List<FieldError>? errors, IncidentCoreErrorDescriber describe, DateTimeOffset now)
    {
        Severity? classified = null;
        if (request.ClassificationFlags is { } flags)
        {
            var unknown = false;
            foreach (var name in flags.Keys)
            {
                if (!SeverityFlags.IsFlag(name))
                {
                    unknown = true;
                    (errors ??= []).Add(describe.UnknownField(FieldParser.SafeFieldName(name), EntityType.Incident, string.Join(", ", SeverityFlags.All.Select(f => f.Flag))));
                }
            }

            if (!unknown)
            {
                classified = SeverityClassifier.Classify(flags);
            }
        }

        // A severity offered but refused by the parser is already named once: classification neither adds a second
        // error for it nor replaces it.
        var given = values.IsSet(Field.Severity);
        if (!given && request.Severity is null && classified is null && request.ClassificationFlags is null)
        {
            (errors ??= []).Add(describe.RuleBroken("severity", "severity not determined: give a severity or the classification flags"));
        }
        else if (given && classified is { } fromFlags && (Severity)values.Number(Field.Severity) != fromFlags)
        {
            (errors ??= []).Add(describe.RuleBroken("severity", "the severity given disagrees with the classification flags"));
        }
        else if (!given && request.Severity is null && classified is { } severity)
        {
            values.Set(Field.Severity.Index, new FieldValue { Text = severity.ToWireName(), Number = (long)severity, IsSet = true });
        }

        if (values.IsSet(Field.Status) && (IncidentStatus)values.Number(Field.Status) != IncidentStatus.Open)
        {
            (errors ??= []).Add(describe.RuleBroken("status", "an incident is reported open"));
        }

        if (values.IsSet(Field.DetectionTimestamp) && values.Timestamp(Field.DetectionTimestamp) > now)
        {
            (errors ??= []).Add(describe.RuleBroken("detection_timestamp", "the detection time may not lie in the future"));
        }
    }
}
