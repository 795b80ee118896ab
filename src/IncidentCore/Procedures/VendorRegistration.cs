using IncidentCore.Domain;
using IncidentCore.Policy;
using IncidentCore.Procedures.Definitions;
using IncidentCore.Procedures.Pipeline;
using Field = IncidentCore.Procedures.Definitions.VendorFields;

namespace IncidentCore.Procedures;

/// <summary>
/// SOP "Register Vendor Information": a system administrator, incident manager or executive adds an external
/// service provider. vendor_name, vendor_email and vendor_phone must each be unique and vendor_type must be one of
/// the allowed types; status defaults to active; the registration is audited.
/// </summary>
public sealed class VendorRegistration
{
    /// <summary>
    /// Inputs: required vendor_name (unique), vendor_email (unique; the record's contact_email), vendor_phone (unique;
    /// the record's contact_phone, stored as +digits), vendor_type (one of the allowed types); optional status (default
    /// active). Who may run it: <see cref="PolicyTable"/> rows for vendor_registration. Steps: validate → authorize →
    /// name, email and phone unique → create → audit, in one commit.
    /// </summary>
    internal static readonly CreateSop<VendorRegistrationRequest, Vendor> Sop = new()
    {
        Operation = Operation.VendorRegistration,
        EntityType = EntityType.Vendor,
        IdField = "vendor_id",
        Inputs =
        [
            new SopInput<VendorRegistrationRequest, Vendor>(Field.VendorName, r => r.VendorName).Required(),
            new SopInput<VendorRegistrationRequest, Vendor>(Field.VendorType, r => r.VendorType).Required(),
            new SopInput<VendorRegistrationRequest, Vendor>(Field.ContactEmail, r => r.VendorEmail).Required().Named("vendor_email"),
            new SopInput<VendorRegistrationRequest, Vendor>(Field.ContactPhone, r => r.VendorPhone).Required().Named("vendor_phone"),
            new SopInput<VendorRegistrationRequest, Vendor>(Field.Status, r => r.Status).Default(VendorStatus.Active, WireNames.VendorStatus),
        ],
        Build = static (in SopValues v, string id, string actor, DateTimeOffset now) => new Vendor
        {
            VendorId = id,
            VendorName = v.Text(Field.VendorName),
            VendorType = (VendorType)v.Number(Field.VendorType),
            ContactEmail = v.Text(Field.ContactEmail),
            ContactPhone = v.Text(Field.ContactPhone),
            Status = (VendorStatus)v.Number(Field.Status),
            CreatedAt = now,
            UpdatedAt = now,
        },
        Stage = static (work, vendor) => work.Vendors.Add(vendor),
    };

    private readonly SopPipeline _pipeline;

    internal VendorRegistration(SopPipeline pipeline) => _pipeline = pipeline;

    /// <summary>Registers a vendor.</summary>
    /// <param name="actorUserId">The acting user's id, as the host authenticated it.</param>
    /// <param name="request">The vendor's details in wire form.</param>
    /// <param name="cancellationToken">Cancels the call; a cancelled call changes nothing.</param>
    /// <returns>The new vendor_id, or a halt (validation_failed, unauthorized, duplicate, conflict, storage_failure).</returns>
    public ValueTask<SopResult<string>> RegisterAsync(string actorUserId, VendorRegistrationRequest request, CancellationToken cancellationToken = default) =>
        _pipeline.CreateAsync(Sop, actorUserId, request, cancellationToken);
}
