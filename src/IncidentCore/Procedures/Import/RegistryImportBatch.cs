namespace IncidentCore.Procedures.Import;

/// <summary>The records a host brings in at start-up (a seed file, another system's data), with the ids they keep.</summary>
public sealed class RegistryImportBatch
{
    /// <summary>Clients to import.</summary>
    public IList<ImportedRecord<ClientOnboardingRequest>> Clients { get; } = [];

    /// <summary>Vendors to import.</summary>
    public IList<ImportedRecord<VendorRegistrationRequest>> Vendors { get; } = [];

    /// <summary>Users to import; their client_id and vendor_id may name records of this batch.</summary>
    public IList<ImportedRecord<UserRegistrationRequest>> Users { get; } = [];
}
