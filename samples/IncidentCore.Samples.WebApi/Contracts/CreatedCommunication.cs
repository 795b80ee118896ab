namespace IncidentCore.Samples.WebApi.Contracts;

/// <summary>The id of a communication just recorded.</summary>
internal sealed record CreatedCommunication(string CommunicationId);
