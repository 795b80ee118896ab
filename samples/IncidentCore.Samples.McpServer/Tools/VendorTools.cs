using IncidentCore.Domain;
using IncidentCore.Domain.Normalization;
using IncidentCore.Procedures;
using IncidentCore.Samples.McpServer.Wire;

namespace IncidentCore.Samples.McpServer.Tools;

/// <summary>Vendor Management tools: create_vendor and find_vendor.</summary>
internal static class VendorTools
{
    public static IEnumerable<IncidentTool> All() => [CreateVendor(), FindVendor()];

    private static IncidentTool CreateVendor() => new(
        "create_vendor",
        "Register Vendor Information: adds a vendor and returns its vendor_id. Authorized: system_administrator, incident_manager, executive.",
        readOnly: false,
        [
            ToolField.Required("vendor_name", "The vendor's name; unique."),
            ToolField.Required("vendor_email", "Contact email; unique."),
            ToolField.Required("vendor_phone", "Contact phone, international form such as +17136387543; unique."),
            ToolField.Required("vendor_type", "The kind of vendor.", WireNames.VendorType.WireNames),
            ToolField.Optional("status", "Default active.", WireNames.VendorStatus.WireNames),
        ],
        async call =>
        {
            var a = call.Arguments;
            var result = await call.Services.GetRequiredService<VendorRegistration>().RegisterAsync(call.ActorUserId, new VendorRegistrationRequest
            {
                VendorName = a.Text("vendor_name"),
                VendorEmail = a.Text("vendor_email"),
                VendorPhone = a.Text("vendor_phone"),
                VendorType = a.Text("vendor_type"),
                Status = a.Text("status"),
            }, call.CancellationToken);
            return result.Succeeded ? ToolResults.Success(new { vendor_id = result.Value }) : ToolResults.Halted(result.Halt);
        });

    private static IncidentTool FindVendor() => new(
        "find_vendor",
        "Finds one vendor by exactly one of vendor_id, vendor_name, contact_email or contact_phone. Authorized: any active user.",
        readOnly: true,
        [
            ToolField.Optional("vendor_id", "The vendor's id."),
            ToolField.Optional("vendor_name", "The vendor's name (any case)."),
            ToolField.Optional("contact_email", "The contact email (any case)."),
            ToolField.Optional("contact_phone", "The contact phone (spaces and dashes allowed)."),
        ],
        call => Lookup.FindAsync(call, "vendor", async (work, a, ct) =>
            a.Text("vendor_id") is { } id ? await work.Vendors.FindByIdAsync(id, ct)
            : a.Text("vendor_name") is { } name ? await work.Vendors.FindByNameAsync(UniqueKeys.VendorName(name), ct)
            : a.Text("contact_email") is { } email ? await work.Vendors.FindByContactEmailAsync(UniqueKeys.Email(email), ct)
            : await work.Vendors.FindByContactPhoneAsync(UniqueKeys.Phone(a.Text("contact_phone")!), ct),
            VendorRecord.From));
}
