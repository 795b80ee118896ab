namespace IncidentCore.Domain.Incidents;

/// <summary>A communication recorded about an incident; it carries no message text (the <c>communications</c> record).</summary>
public sealed record Communication
{
    /// <summary>communication_id: the record's id.</summary>
    public required string CommunicationId { get; init; }

    /// <summary>incident_id: the incident it is about.</summary>
    public required string IncidentId { get; init; }

    /// <summary>sender_id: the actor who recorded it.</summary>
    public required string SenderId { get; init; }

    /// <summary>recipient_id: a user allowed to read the incident, if addressed to one.</summary>
    public string? RecipientId { get; init; }

    /// <summary>recipient_type: a group, if addressed to one.</summary>
    public RecipientType? RecipientType { get; init; }

    /// <summary>communication_type: what it is about.</summary>
    public required CommunicationType CommunicationType { get; init; }

    /// <summary>delivery_method: how it is delivered.</summary>
    public required DeliveryMethod DeliveryMethod { get; init; }

    /// <summary>delivery_status: <see cref="DeliveryStatus.Pending"/> when recorded.</summary>
    public DeliveryStatus DeliveryStatus { get; init; } = DeliveryStatus.Pending;

    /// <summary>sent_at: set when the delivery status first leaves pending.</summary>
    public DateTimeOffset? SentAt { get; init; }

    /// <summary>created_at (UTC).</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Concurrency version: 1 when created, one more on every update.</summary>
    public long Version { get; init; } = 1;
}
