using IncidentCore.Procedures.Import;
using IncidentCore.Procedures.Pipeline;

namespace IncidentCore.Procedures;

/// <summary>
/// Brings existing clients, vendors and users into a store with the ids they keep — a host's first administrator, a
/// seed file, another system's data. Every record is validated as its create SOP validates it, unique values are
/// checked within the batch and against the store, a user's client_id and vendor_id must name a stored or imported
/// record, and records whose id is already stored are left alone (so a start-up import can run every time). All new
/// records and one audit entry each (actor <see cref="ImportActorUserId"/>, rule <see cref="Rule"/>) are stored in one
/// commit; on any problem nothing is stored and the report lists every problem. This is start-up code's tool: it is not
/// authorized by the policy's roles, so never expose it to callers.
/// </summary>
public sealed class RegistryImport
{
    /// <summary>The actor recorded on the audit entries of an import.</summary>
    public const string ImportActorUserId = "incidentcore:import";

    /// <summary>The rule recorded on the audit entries of an import.</summary>
    public const string Rule = "registry_import";

    private readonly SopPipeline _pipeline;

    internal RegistryImport(SopPipeline pipeline) => _pipeline = pipeline;

    /// <summary>Imports a batch.</summary>
    /// <param name="batch">The records.</param>
    /// <param name="cancellationToken">Cancels the call; a cancelled import stores nothing.</param>
    /// <returns>How many records were stored, or every problem (and nothing stored).</returns>
    public ValueTask<ImportReport> ImportAsync(RegistryImportBatch batch, CancellationToken cancellationToken = default) =>
        _pipeline.ImportAsync(batch, ImportActorUserId, cancellationToken);
}
