namespace IncidentCore.Domain.Incidents;

/// <summary>
/// One history row of an incident (the <c>incident_update</c> record): a field an update changed, with old and new values for enumerations, ids and
/// timestamps (free text such as the title is named, never copied). Written in the same commit as the update.
/// </summary>
public sealed record IncidentHistoryEntry
{
    /// <summary>update_id: the row's id.</summary>
    public required string UpdateId { get; init; }

    /// <summary>incident_id: the incident changed.</summary>
    public required string IncidentId { get; init; }

    /// <summary>updated_by_user: the actor of the update.</summary>
    public required string UpdatedByUser { get; init; }

    /// <summary>update_type: what kind of field changed.</summary>
    public required IncidentUpdateType UpdateType { get; init; }

    /// <summary>field_changed: the field's wire name.</summary>
    public required string FieldChanged { get; init; }

    /// <summary>old_value: the value before, in wire form; <see langword="null"/> for free text or when there was none.</summary>
    public string? OldValue { get; init; }

    /// <summary>new_value: the value after, in wire form; <see langword="null"/> for free text or when cleared.</summary>
    public string? NewValue { get; init; }

    /// <summary>created_at (UTC).</summary>
    public required DateTimeOffset CreatedAt { get; init; }
}
