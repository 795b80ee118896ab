using IncidentCore.Domain;
using IncidentCore.Policy;
using IncidentCore.Procedures.Definitions;
using IncidentCore.Procedures.Pipeline;

namespace IncidentCore.Procedures;

/// <summary>
/// Reading a client record, governed by the read rules of <see cref="PolicyTable"/>: staff read any client; an account
/// manager only its assigned client; a client contact only its own. Not audited; a denial never reveals whether the
/// client exists.
/// </summary>
public sealed class ClientRead
{
    internal static readonly ReadSop<Client> Sop = new()
    {
        Operation = Operation.ClientRead,
        EntityType = EntityType.Client,
        IdField = "client_id",
        Find = ClientFields.FindById,
        Target = static (operation, client) => new(operation, TargetClientId: client.ClientId),
    };

    private readonly SopPipeline _pipeline;

    internal ClientRead(SopPipeline pipeline) => _pipeline = pipeline;

    /// <summary>Reads a client.</summary>
    /// <param name="actorUserId">The acting user's id, as the host authenticated it.</param>
    /// <param name="clientId">The client to read.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The client, or a halt (validation_failed, unauthorized, not_found, storage_failure).</returns>
    public ValueTask<SopResult<Client>> ReadAsync(string actorUserId, string clientId, CancellationToken cancellationToken = default) =>
        _pipeline.ReadAsync(Sop, actorUserId, clientId, cancellationToken);
}
