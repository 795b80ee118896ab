using IncidentCore.Policy;
using IncidentCore.Procedures.Definitions;
using IncidentCore.Procedures.Incidents;
using IncidentCore.Samples.McpServer.Wire;

namespace IncidentCore.Samples.McpServer.Tools;

/// <summary>Infrastructure component tools: add_component and update_component, their arguments from the SOP definitions.</summary>
internal static class ComponentTools
{
    public static IEnumerable<IncidentTool> All() => [AddComponent(), UpdateComponent()];

    private static IncidentTool AddComponent() => new(
        "add_component",
        "Component creation: adds an infrastructure component and returns its component_id. The name is unique within its product; the product must exist. "
        + "Authorized: system_administrator, technical_support.",
        readOnly: false,
        SopToolFields.Inputs(SopCatalog.For(Operation.ComponentCreate)),
        async call =>
        {
            var result = await call.Services.GetRequiredService<ComponentCreation>().CreateAsync(
                call.ActorUserId, call.Arguments.Request<ComponentCreateRequest>(), call.CancellationToken);
            return result.Succeeded ? ToolResults.Success(new { component_id = result.Value }) : ToolResults.Halted(result.Halt);
        });

    private static IncidentTool UpdateComponent()
    {
        var sop = SopCatalog.For(Operation.ComponentUpdate);
        return new(
            "update_component",
            "Component update: changes a component's details or operational status and returns the record. Authorized: system_administrator, technical_support.",
            readOnly: false,
            SopToolFields.Update(sop),
            async call =>
            {
                var result = await call.Services.GetRequiredService<ComponentUpdate>().UpdateAsync(
                    call.ActorUserId, call.Arguments.Text(sop.IdField)!, call.Arguments.ChangeSet("change_set"), call.CancellationToken);
                return result.Succeeded ? ToolResults.Success(ComponentRecord.From(result.Value)) : ToolResults.Halted(result.Halt);
            });
    }
}
