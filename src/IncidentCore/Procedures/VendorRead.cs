using IncidentCore.Domain;
using IncidentCore.Policy;
using IncidentCore.Procedures.Definitions;
using IncidentCore.Procedures.Pipeline;

namespace IncidentCore.Procedures;

/// <summary>
/// Reading a vendor record, governed by the read rules of <see cref="PolicyTable"/>: staff who manage or work with
/// vendors read any vendor; a vendor contact only its own. Not audited; a denial never reveals whether the vendor exists.
/// </summary>
public sealed class VendorRead
{
    internal static readonly ReadSop<Vendor> Sop = new()
    {
        Operation = Operation.VendorRead,
        EntityType = EntityType.Vendor,
        IdField = "vendor_id",
        Find = VendorFields.FindById,
        Target = static (operation, vendor) => new(operation, TargetVendorId: vendor.VendorId),
    };

    private readonly SopPipeline _pipeline;

    internal VendorRead(SopPipeline pipeline) => _pipeline = pipeline;

    /// <summary>Reads a vendor.</summary>
    /// <param name="actorUserId">The acting user's id, as the host authenticated it.</param>
    /// <param name="vendorId">The vendor to read.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The vendor, or a halt (validation_failed, unauthorized, not_found, storage_failure).</returns>
    public ValueTask<SopResult<Vendor>> ReadAsync(string actorUserId, string vendorId, CancellationToken cancellationToken = default) =>
        _pipeline.ReadAsync(Sop, actorUserId, vendorId, cancellationToken);
}
