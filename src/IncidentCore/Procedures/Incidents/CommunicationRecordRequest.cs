namespace IncidentCore.Procedures.Incidents;

/// <summary>
/// The inputs of a communication, in wire form. Required: incident_id, communication_type, delivery_method, and a
/// recipient_id or a recipient_type. The sender is the actor; a communication carries no message text.
/// </summary>
public sealed record CommunicationRecordRequest
{
    /// <summary>incident_id (required).</summary>
    public string? IncidentId { get; init; }

    /// <summary>recipient_id: a user allowed to read the incident.</summary>
    public string? RecipientId { get; init; }

    /// <summary>recipient_type: client_contacts, executive_team, technical_team or all_stakeholders.</summary>
    public string? RecipientType { get; init; }

    /// <summary>communication_type (required): update, notification, escalation or resolution.</summary>
    public string? CommunicationType { get; init; }

    /// <summary>delivery_method (required): email, sms, phone, chat or dashboard_notification.</summary>
    public string? DeliveryMethod { get; init; }

    /// <summary>delivery_status (optional): pending (default), sent, delivered or failed.</summary>
    public string? DeliveryStatus { get; init; }
}
