namespace IncidentCore.Benchmarks.Host.HandWritten;

/// <summary>A client request that passed validation: trimmed values, the two unique keys and the fields it gives, in input order.</summary>
internal sealed record ValidClient(
    string ClientName,
    string RegistrationNumber,
    string RegistrationNumberKey,
    string ContactEmail,
    string ContactEmailKey,
    string ClientType,
    string Status,
    string? Country,
    string? Industry,
    string ChangedFieldsJson);
