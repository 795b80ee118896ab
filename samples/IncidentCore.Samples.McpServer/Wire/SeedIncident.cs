using IncidentCore.Procedures.Incidents;

namespace IncidentCore.Samples.McpServer.Wire;

/// <summary>
/// An incident in a seed file: the id it keeps and the inputs of an incident report (the arguments of report_incident).
/// It is reported, open, by the seed file's actor, who is recorded as its reporter; every field is left to the
/// procedure to validate, so a bad one is named by the procedure.
/// </summary>
internal sealed record SeedIncident
{
    public required string IncidentId { get; init; }

    public string? Title { get; init; }

    public string? Category { get; init; }

    public string? Severity { get; init; }

    public IReadOnlyDictionary<string, bool>? ClassificationFlags { get; init; }

    public string? ImpactLevel { get; init; }

    public string? UrgencyLevel { get; init; }

    public string? ClientId { get; init; }

    public string? ComponentId { get; init; }

    public string? DetectionTimestamp { get; init; }

    public string? AssignedToUserId { get; init; }

    /// <summary>The record as incident report takes it.</summary>
    public IncidentReportRequest ToRequest() => new()
    {
        Title = Title,
        Category = Category,
        Severity = Severity,
        ClassificationFlags = ClassificationFlags,
        ImpactLevel = ImpactLevel,
        UrgencyLevel = UrgencyLevel,
        ClientId = ClientId,
        ComponentId = ComponentId,
        DetectionTimestamp = DetectionTimestamp,
        AssignedToUserId = AssignedToUserId,
    };
}
