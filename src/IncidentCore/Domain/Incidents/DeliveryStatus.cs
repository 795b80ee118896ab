namespace IncidentCore.Domain.Incidents;

/// <summary>Whether a communication reached its recipient. Wire names: pending, sent, delivered, failed.</summary>
public enum DeliveryStatus
{
    /// <summary>pending (the default)</summary>
    Pending = 1,

    /// <summary>sent</summary>
    Sent = 2,

    /// <summary>delivered</summary>
    Delivered = 3,

    /// <summary>failed</summary>
    Failed = 4,
}
