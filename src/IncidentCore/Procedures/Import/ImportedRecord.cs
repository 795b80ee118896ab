namespace IncidentCore.Procedures.Import;

/// <summary>One record to import: the id it keeps and its fields in wire form, as the create SOP takes them.</summary>
/// <typeparam name="TRequest">The create request (<see cref="ClientOnboardingRequest"/>, <see cref="UserRegistrationRequest"/> or <see cref="VendorRegistrationRequest"/>).</typeparam>
/// <param name="Id">The record's id (1 to 64 letters, digits, '-', '_', '.' or ':').</param>
/// <param name="Request">The record's fields.</param>
public sealed record ImportedRecord<TRequest>(string Id, TRequest Request)
    where TRequest : class;
