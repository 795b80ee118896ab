namespace IncidentCore.Domain;

/// <summary>
/// One record of the audit trail: who did what to which record, when, and how it ended. It never holds the value
/// of a personal field.
/// </summary>
public sealed record AuditEntry
{
    /// <summary>audit_id.</summary>
    public required string AuditId { get; init; }

    /// <summary>action: what the call did or tried to do.</summary>
    public required AuditAction Action { get; init; }

    /// <summary>entity_type: the kind of record.</summary>
    public required EntityType EntityType { get; init; }

    /// <summary>entity_id: the record's id; <see langword="null"/> for a denied create (no record exists).</summary>
    public string? EntityId { get; init; }

    /// <summary>The acting user's id, as established by the host.</summary>
    public required string ActorUserId { get; init; }

    /// <summary>created_at (UTC).</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>outcome: succeeded or denied.</summary>
    public required AuditOutcome Outcome { get; init; }

    /// <summary>The rule that allowed the call, or the reason it was denied (for example <c>actor_not_active</c>).</summary>
    public required string Reason { get; init; }

    /// <summary>The wire names of the fields the call set.</summary>
    public IReadOnlyList<string> ChangedFields { get; init; } = [];

    /// <summary>Old → new values of changed non-personal enumeration and identifier fields.</summary>
    public IReadOnlyList<AuditValueChange> ValueChanges { get; init; } = [];
}
