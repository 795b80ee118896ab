using IncidentCore.Domain;
using IncidentCore.Policy;
using IncidentCore.Procedures.Definitions;
using IncidentCore.Procedures.Pipeline;
using Field = IncidentCore.Procedures.Definitions.VendorFields;

namespace IncidentCore.Procedures;

/// <summary>
/// Vendor update (an extension: the policy has no vendor update SOP; this one follows the Vendor Management section's
/// roles): a system administrator, incident manager or executive changes a vendor's name, email, phone, type or
/// status. Name, email and phone stay unique; updated_at is set; the update is audited.
/// </summary>
public sealed class VendorUpdate
{
    /// <summary>
    /// Change set: vendor_name (unique), contact_email (unique), contact_phone (unique, stored as +digits),
    /// vendor_type, status. Who may run it: <see cref="PolicyTable"/> rows for vendor_update. Steps: validate →
    /// authorize → retrieve the vendor (not_found) → uniqueness of changed keys → update with the current timestamp →
    /// audit, in one commit.
    /// </summary>
    internal static readonly UpdateSop<Vendor> Sop = new()
    {
        Operation = Operation.VendorUpdate,
        EntityType = EntityType.Vendor,
        IdField = "vendor_id",
        Inputs =
        [
            new SopInput<ChangeSet, Vendor>(Field.VendorName),
            new SopInput<ChangeSet, Vendor>(Field.ContactEmail),
            new SopInput<ChangeSet, Vendor>(Field.ContactPhone),
            new SopInput<ChangeSet, Vendor>(Field.VendorType),
            new SopInput<ChangeSet, Vendor>(Field.Status),
        ],
        Find = Field.FindById,
        IdOf = static v => v.VendorId,
        Apply = static (in SopValues v, Vendor c, DateTimeOffset now) => c with
        {
            VendorName = v.TextOr(Field.VendorName, c.VendorName),
            ContactEmail = v.TextOr(Field.ContactEmail, c.ContactEmail),
            ContactPhone = v.TextOr(Field.ContactPhone, c.ContactPhone),
            VendorType = (VendorType)v.NumberOr(Field.VendorType, (int)c.VendorType),
            Status = (VendorStatus)v.NumberOr(Field.Status, (int)c.Status),
            UpdatedAt = now,
            Version = c.Version + 1,
        },
        Stage = static (work, vendor) => work.Vendors.Update(vendor),
    };

    private readonly SopPipeline _pipeline;

    internal VendorUpdate(SopPipeline pipeline) => _pipeline = pipeline;

    /// <summary>Updates a vendor.</summary>
    /// <param name="actorUserId">The acting user's id, as the host authenticated it.</param>
    /// <param name="vendorId">The vendor to update.</param>
    /// <param name="changes">The fields to change, by wire name (vendor_name, contact_email, contact_phone, vendor_type, status).</param>
    /// <param name="cancellationToken">Cancels the call; a cancelled call changes nothing.</param>
    /// <returns>The updated vendor, or a halt (validation_failed, unauthorized, not_found, duplicate, conflict, storage_failure).</returns>
    public ValueTask<SopResult<Vendor>> UpdateAsync(string actorUserId, string vendorId, ChangeSet changes, CancellationToken cancellationToken = default) =>
        _pipeline.UpdateAsync(Sop, actorUserId, vendorId, changes, cancellationToken);
}
