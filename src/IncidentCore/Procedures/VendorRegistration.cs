using IncidentCore.Domain;
using IncidentCore.Domain.Normalization;
using IncidentCore.Policy;
using IncidentCore.Procedures.Validation;

namespace IncidentCore.Procedures;

/// <summary>
/// SOP "Register Vendor Information": a system administrator, incident manager or executive adds an external
/// service provider. vendor_name, vendor_email and vendor_phone must each be unique and vendor_type must be one of
/// the allowed types; status defaults to active; the registration is audited.
/// </summary>
public sealed class VendorRegistration
{
    private const Operation Sop = Operation.VendorRegistration;
    private static readonly string[] BaseFields = ["vendor_name", "vendor_type", "contact_email", "contact_phone", "status"];
    private static readonly CreatedValueChanges<VendorType, VendorStatus> CreatedValues = new("vendor_type", WireNames.VendorType, WireNames.VendorStatus);
    private readonly ProcedureRuntime _runtime;

    internal VendorRegistration(ProcedureRuntime runtime) => _runtime = runtime;

    /// <summary>Registers a vendor.</summary>
    /// <param name="actorUserId">The acting user's id, as the host authenticated it.</param>
    /// <param name="request">The vendor's details in wire form.</param>
    /// <param name="cancellationToken">Cancels the call; a cancelled call changes nothing.</param>
    /// <returns>The new vendor_id, or a halt (validation_failed, unauthorized, duplicate, storage_failure).</returns>
    public async ValueTask<SopResult<string>> RegisterAsync(string actorUserId, VendorRegistrationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var activity = ProcedureRuntime.StartActivity(Sop);

        var input = new FieldValidator();
        input.ActorUserId(actorUserId);
        var vendorName = input.RequiredText("vendor_name", request.VendorName);
        var vendorEmail = input.RequiredEmail("vendor_email", request.VendorEmail);
        var vendorPhone = input.RequiredPhone("vendor_phone", request.VendorPhone);
        var vendorType = input.RequiredEnum("vendor_type", request.VendorType, WireNames.VendorType);
        var status = input.OptionalEnum("status", request.Status, WireNames.VendorStatus, VendorStatus.Active);
        if (input.HasErrors)
        {
            return _runtime.ValidationFailed(Sop, activity, input);
        }

        try
        {
            await using var work = await _runtime.Store.BeginAsync(cancellationToken).ConfigureAwait(false);

            var actor = await work.Users.FindByIdAsync(actorUserId, cancellationToken).ConfigureAwait(false);
            var decision = _runtime.Policy.Authorize(actor, new AuthorizationRequest(Sop));
            if (!decision.IsAllowed)
            {
                return await _runtime.DenyAsync(work, Sop, activity, decision, actorUserId, AuditAction.Create, EntityType.Vendor, null, cancellationToken).ConfigureAwait(false);
            }

            // Check that vendor_name, vendor_email and vendor_phone are unique.
            FieldValidator? duplicates = null;
            if (await work.Vendors.FindByNameAsync(UniqueKeys.VendorName(vendorName!), cancellationToken).ConfigureAwait(false) is not null)
            {
                (duplicates ??= new()).Add("vendor_name", "duplicate", "vendor_name is already registered.");
            }

            if (await work.Vendors.FindByContactEmailAsync(UniqueKeys.Email(vendorEmail!), cancellationToken).ConfigureAwait(false) is not null)
            {
                (duplicates ??= new()).Add("vendor_email", "duplicate", "vendor_email is already used by another vendor.");
            }

            if (await work.Vendors.FindByContactPhoneAsync(vendorPhone!, cancellationToken).ConfigureAwait(false) is not null)
            {
                (duplicates ??= new()).Add("vendor_phone", "duplicate", "vendor_phone is already used by another vendor.");
            }

            if (duplicates is not null)
            {
                return _runtime.Halted(Sop, activity, HaltCode.Duplicate, "A vendor with the same name, email or phone already exists; nothing was changed.", duplicates.Errors);
            }

            var now = _runtime.Time.GetUtcNow();
            var vendor = new Vendor
            {
                VendorId = _runtime.Ids.NewId(EntityType.Vendor),
                VendorName = vendorName!,
                VendorType = vendorType!.Value,
                ContactEmail = vendorEmail!,
                ContactPhone = vendorPhone!,
                Status = status!.Value,
                CreatedAt = now,
                UpdatedAt = now,
            };
            work.Vendors.Add(vendor);
            work.AuditTrail.Append(_runtime.SuccessEntry(AuditAction.Create, EntityType.Vendor, vendor.VendorId, actorUserId, decision, now,
                BaseFields,
                CreatedValues.For(vendor.VendorType, vendor.Status)));

            var commit = await work.CommitAsync(cancellationToken).ConfigureAwait(false);
            if (!commit.IsCommitted)
            {
                return _runtime.CommitRefused(Sop, activity, commit, InputFieldOf);
            }

            return _runtime.Succeeded(Sop, activity, vendor.VendorId, EntityType.Vendor, vendor.VendorId, actorUserId, decision);
        }
        catch (Exception exception) when (ProcedureRuntime.IsStorageFailure(exception, cancellationToken))
        {
            return await _runtime.StorageFailedAsync(Sop, activity, actorUserId, exception).ConfigureAwait(false);
        }
    }

    /// <summary>The registration's input names for the record's contact fields.</summary>
    private static string InputFieldOf(string recordField) => recordField switch
    {
        "contact_email" => "vendor_email",
        "contact_phone" => "vendor_phone",
        _ => recordField,
    };
}
