using IncidentCore.Domain.Incidents;

namespace IncidentCore.Samples.McpServer.Wire;

/// <summary>A communication in wire form, as tools return it: who sent what kind of message to whom, how, and its delivery; never a message text.</summary>
internal sealed record CommunicationRecord(
    string CommunicationId,
    string IncidentId,
    string SenderId,
    string? RecipientId,
    string? RecipientType,
    string CommunicationType,
    string DeliveryMethod,
    string DeliveryStatus,
    DateTimeOffset? SentAt,
    DateTimeOffset CreatedAt)
{
    public static CommunicationRecord From(Communication communication) => new(
        communication.CommunicationId,
        communication.IncidentId,
        communication.SenderId,
        communication.RecipientId,
        communication.RecipientType?.ToWireName(),
        communication.CommunicationType.ToWireName(),
        communication.DeliveryMethod.ToWireName(),
        communication.DeliveryStatus.ToWireName(),
        communication.SentAt,
        communication.CreatedAt);
}
