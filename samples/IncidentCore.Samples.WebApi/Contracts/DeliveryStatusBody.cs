namespace IncidentCore.Samples.WebApi.Contracts;

/// <summary>The body of <c>PATCH /communications/{communication_id}</c>: the new delivery status, the only field it may set.</summary>
internal sealed record DeliveryStatusBody(string? DeliveryStatus);
