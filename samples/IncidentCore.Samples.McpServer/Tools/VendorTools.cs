using IncidentCore.Policy;
using IncidentCore.Procedures;
using IncidentCore.Procedures.Definitions;
using IncidentCore.Samples.McpServer.Wire;

namespace IncidentCore.Samples.McpServer.Tools;

/// <summary>Vendor Management tools: create_vendor, update_vendor and find_vendor, their arguments from the SOP definitions.</summary>
internal static class VendorTools
{
    public static IEnumerable<IncidentTool> All() => [CreateVendor(), UpdateVendor(), FindVendor()];

    private static IncidentTool CreateVendor() => new(
        "create_vendor",
        "Register Vendor Information: adds a vendor and returns its vendor_id. Authorized: system_administrator, incident_manager, executive.",
        readOnly: false,
        SopToolFields.Inputs(SopCatalog.VendorRegistration),
        async call =>
        {
            var result = await call.Services.GetRequiredService<VendorRegistration>().RegisterAsync(
                call.ActorUserId, call.Arguments.Request<VendorRegistrationRequest>(), call.CancellationToken);
            return result.Succeeded ? ToolResults.Success(new { vendor_id = result.Value }) : ToolResults.Halted(result.Halt);
        });

    private static IncidentTool UpdateVendor() => new(
        "update_vendor",
        "Vendor update: changes a vendor's name, contact email or phone, type or status and returns the record. Authorized: system_administrator, incident_manager, executive.",
        readOnly: false,
        SopToolFields.Update(SopCatalog.VendorUpdate),
        async call =>
        {
            var result = await call.Services.GetRequiredService<VendorUpdate>().UpdateAsync(
                call.ActorUserId, call.Arguments.Text(SopCatalog.VendorUpdate.IdField)!, call.Arguments.ChangeSet("change_set"), call.CancellationToken);
            return result.Succeeded ? ToolResults.Success(VendorRecord.From(result.Value)) : ToolResults.Halted(result.Halt);
        });

    private static IncidentTool FindVendor() => new(
        "find_vendor",
        "Reads one vendor by vendor_id. Authorized: system_administrator, incident_manager, technical_support, executive; "
        + "a vendor_contact only for their own vendor. A refusal never tells whether the vendor exists.",
        readOnly: true,
        [SopToolFields.Id(SopCatalog.For(Operation.VendorRead))],
        async call =>
        {
            var result = await call.Services.GetRequiredService<VendorRead>().ReadAsync(
                call.ActorUserId, call.Arguments.Text("vendor_id")!, call.CancellationToken);
            return result.Succeeded ? ToolResults.Success(VendorRecord.From(result.Value)) : ToolResults.Halted(result.Halt);
        });
}
