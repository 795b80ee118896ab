namespace IncidentCore.Domain.Incidents;

/// <summary>The wire names of the incident domain's enumerations.</summary>
public static class IncidentWireNames
{
    /// <summary>ProductStatus values.</summary>
    public static WireNameTable<ProductStatus> ProductStatus { get; } = new(
        (Incidents.ProductStatus.Active, "active"),
        (Incidents.ProductStatus.Deprecated, "deprecated"),
        (Incidents.ProductStatus.Maintenance, "maintenance"),
        (Incidents.ProductStatus.EndOfLife, "end_of_life"));

    /// <summary>ComponentEnvironment values.</summary>
    public static WireNameTable<ComponentEnvironment> ComponentEnvironment { get; } = new(
        (Incidents.ComponentEnvironment.Production, "production"),
        (Incidents.ComponentEnvironment.Staging, "staging"),
        (Incidents.ComponentEnvironment.Development, "development"),
        (Incidents.ComponentEnvironment.Testing, "testing"));

    /// <summary>OperationalStatus values.</summary>
    public static WireNameTable<OperationalStatus> OperationalStatus { get; } = new(
        (Incidents.OperationalStatus.Operational, "operational"),
        (Incidents.OperationalStatus.Degraded, "degraded"),
        (Incidents.OperationalStatus.Offline, "offline"),
        (Incidents.OperationalStatus.Maintenance, "maintenance"));

    /// <summary>Severity values.</summary>
    public static WireNameTable<Severity> Severity { get; } = new(
        (Incidents.Severity.P1, "P1"),
        (Incidents.Severity.P2, "P2"),
        (Incidents.Severity.P3, "P3"),
        (Incidents.Severity.P4, "P4"));

    /// <summary>IncidentLevel values.</summary>
    public static WireNameTable<IncidentLevel> IncidentLevel { get; } = new(
        (Incidents.IncidentLevel.Low, "low"),
        (Incidents.IncidentLevel.Medium, "medium"),
        (Incidents.IncidentLevel.High, "high"),
        (Incidents.IncidentLevel.Critical, "critical"));

    /// <summary>IncidentStatus values.</summary>
    public static WireNameTable<IncidentStatus> IncidentStatus { get; } = new(
        (Incidents.IncidentStatus.Open, "open"),
        (Incidents.IncidentStatus.Investigating, "investigating"),
        (Incidents.IncidentStatus.InProgress, "in_progress"),
        (Incidents.IncidentStatus.Resolved, "resolved"),
        (Incidents.IncidentStatus.Closed, "closed"));

    /// <summary>IncidentUpdateType values.</summary>
    public static WireNameTable<IncidentUpdateType> IncidentUpdateType { get; } = new(
        (Incidents.IncidentUpdateType.StatusChange, "status_change"),
        (Incidents.IncidentUpdateType.PriorityChange, "priority_change"),
        (Incidents.IncidentUpdateType.AssignmentChange, "assignment_change"),
        (Incidents.IncidentUpdateType.DetailsChange, "details_change"));

    /// <summary>EscalationLevel values.</summary>
    public static WireNameTable<EscalationLevel> EscalationLevel { get; } = new(
        (Incidents.EscalationLevel.Management, "management"),
        (Incidents.EscalationLevel.Technical, "technical"),
        (Incidents.EscalationLevel.Executive, "executive"),
        (Incidents.EscalationLevel.Vendor, "vendor"));

    /// <summary>EscalationStatus values.</summary>
    public static WireNameTable<EscalationStatus> EscalationStatus { get; } = new(
        (Incidents.EscalationStatus.Active, "active"),
        (Incidents.EscalationStatus.Resolved, "resolved"),
        (Incidents.EscalationStatus.Cancelled, "cancelled"));

    /// <summary>RecipientType values.</summary>
    public static WireNameTable<RecipientType> RecipientType { get; } = new(
        (Incidents.RecipientType.ClientContacts, "client_contacts"),
        (Incidents.RecipientType.ExecutiveTeam, "executive_team"),
        (Incidents.RecipientType.TechnicalTeam, "technical_team"),
        (Incidents.RecipientType.AllStakeholders, "all_stakeholders"));

    /// <summary>CommunicationType values.</summary>
    public static WireNameTable<CommunicationType> CommunicationType { get; } = new(
        (Incidents.CommunicationType.Update, "update"),
        (Incidents.CommunicationType.Notification, "notification"),
        (Incidents.CommunicationType.Escalation, "escalation"),
        (Incidents.CommunicationType.Resolution, "resolution"));

    /// <summary>DeliveryMethod values.</summary>
    public static WireNameTable<DeliveryMethod> DeliveryMethod { get; } = new(
        (Incidents.DeliveryMethod.Email, "email"),
        (Incidents.DeliveryMethod.Sms, "sms"),
        (Incidents.DeliveryMethod.Phone, "phone"),
        (Incidents.DeliveryMethod.Chat, "chat"),
        (Incidents.DeliveryMethod.DashboardNotification, "dashboard_notification"));

    /// <summary>DeliveryStatus values.</summary>
    public static WireNameTable<DeliveryStatus> DeliveryStatus { get; } = new(
        (Incidents.DeliveryStatus.Pending, "pending"),
        (Incidents.DeliveryStatus.Sent, "sent"),
        (Incidents.DeliveryStatus.Delivered, "delivered"),
        (Incidents.DeliveryStatus.Failed, "failed"));

    /// <summary>ReviewRating values.</summary>
    public static WireNameTable<ReviewRating> ReviewRating { get; } = new(
        (Incidents.ReviewRating.Excellent, "excellent"),
        (Incidents.ReviewRating.Good, "good"),
        (Incidents.ReviewRating.Satisfactory, "satisfactory"),
        (Incidents.ReviewRating.NeedsImprovement, "needs_improvement"),
        (Incidents.ReviewRating.Poor, "poor"));

    /// <summary>ReviewStatus values.</summary>
    public static WireNameTable<ReviewStatus> ReviewStatus { get; } = new(
        (Incidents.ReviewStatus.Scheduled, "scheduled"),
        (Incidents.ReviewStatus.Completed, "completed"),
        (Incidents.ReviewStatus.Cancelled, "cancelled"));

    /// <summary>Returns the wire name of a ProductStatus value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The wire name.</returns>
    public static string ToWireName(this ProductStatus value) => ProductStatus.ToWireName(value);

    /// <summary>Returns the wire name of a ComponentEnvironment value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The wire name.</returns>
    public static string ToWireName(this ComponentEnvironment value) => ComponentEnvironment.ToWireName(value);

    /// <summary>Returns the wire name of a OperationalStatus value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The wire name.</returns>
    public static string ToWireName(this OperationalStatus value) => OperationalStatus.ToWireName(value);

    /// <summary>Returns the wire name of a Severity value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The wire name.</returns>
    public static string ToWireName(this Severity value) => Severity.ToWireName(value);

    /// <summary>Returns the wire name of a IncidentLevel value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The wire name.</returns>
    public static string ToWireName(this IncidentLevel value) => IncidentLevel.ToWireName(value);

    /// <summary>Returns the wire name of a IncidentStatus value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The wire name.</returns>
    public static string ToWireName(this IncidentStatus value) => IncidentStatus.ToWireName(value);

    /// <summary>Returns the wire name of a IncidentUpdateType value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The wire name.</returns>
    public static string ToWireName(this IncidentUpdateType value) => IncidentUpdateType.ToWireName(value);

    /// <summary>Returns the wire name of a EscalationLevel value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The wire name.</returns>
    public static string ToWireName(this EscalationLevel value) => EscalationLevel.ToWireName(value);

    /// <summary>Returns the wire name of a EscalationStatus value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The wire name.</returns>
    public static string ToWireName(this EscalationStatus value) => EscalationStatus.ToWireName(value);

    /// <summary>Returns the wire name of a RecipientType value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The wire name.</returns>
    public static string ToWireName(this RecipientType value) => RecipientType.ToWireName(value);

    /// <summary>Returns the wire name of a CommunicationType value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The wire name.</returns>
    public static string ToWireName(this CommunicationType value) => CommunicationType.ToWireName(value);

    /// <summary>Returns the wire name of a DeliveryMethod value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The wire name.</returns>
    public static string ToWireName(this DeliveryMethod value) => DeliveryMethod.ToWireName(value);

    /// <summary>Returns the wire name of a DeliveryStatus value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The wire name.</returns>
    public static string ToWireName(this DeliveryStatus value) => DeliveryStatus.ToWireName(value);

    /// <summary>Returns the wire name of a ReviewRating value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The wire name.</returns>
    public static string ToWireName(this ReviewRating value) => ReviewRating.ToWireName(value);

    /// <summary>Returns the wire name of a ReviewStatus value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The wire name.</returns>
    public static string ToWireName(this ReviewStatus value) => ReviewStatus.ToWireName(value);
}
