using IncidentCore.Domain.Incidents;

namespace IncidentCore.Samples.WebApi.Contracts;

/// <summary>A communication in wire form; a communication carries no message text.</summary>
internal sealed record CommunicationResponse(
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
    public static CommunicationResponse From(Communication communication) => new(
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
