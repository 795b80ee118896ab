using IncidentCore.Policy;
using IncidentCore.Procedures;
using IncidentCore.Procedures.Definitions;
using IncidentCore.Samples.McpServer.Wire;

namespace IncidentCore.Samples.McpServer.Tools;

/// <summary>Client Management tools: create_client, update_client and find_client, their arguments from the SOP definitions.</summary>
internal static class ClientTools
{
    public static IEnumerable<IncidentTool> All() => [CreateClient(), UpdateClient(), FindClient()];

    private static IncidentTool CreateClient() => new(
        "create_client",
        "Client Onboarding: adds a client and returns its client_id. Authorized: system_administrator, account_manager.",
        readOnly: false,
        SopToolFields.Inputs(SopCatalog.ClientOnboarding),
        async call =>
        {
            var result = await call.Services.GetRequiredService<ClientOnboarding>().OnboardAsync(
                call.ActorUserId, call.Arguments.Request<ClientOnboardingRequest>(), call.CancellationToken);
            return result.Succeeded ? ToolResults.Success(new { client_id = result.Value }) : ToolResults.Halted(result.Halt);
        });

    private static IncidentTool UpdateClient() => new(
        "update_client",
        "Client Information Update: changes a client's details or status and returns the record. Authorized: system_administrator, account_manager assigned to the client.",
        readOnly: false,
        SopToolFields.Update(SopCatalog.ClientUpdate),
        async call =>
        {
            var result = await call.Services.GetRequiredService<ClientUpdate>().UpdateAsync(
                call.ActorUserId, call.Arguments.Text(SopCatalog.ClientUpdate.IdField)!, call.Arguments.ChangeSet("change_set"), call.CancellationToken);
            return result.Succeeded ? ToolResults.Success(ClientRecord.From(result.Value)) : ToolResults.Halted(result.Halt);
        });

    private static IncidentTool FindClient() => new(
        "find_client",
        "Reads one client by client_id. Authorized: system_administrator, incident_manager, technical_support, executive; "
        + "an account_manager or client_contact only for their own client. A refusal never tells whether the client exists.",
        readOnly: true,
        [SopToolFields.Id(SopCatalog.For(Operation.ClientRead))],
        async call =>
        {
            var result = await call.Services.GetRequiredService<ClientRead>().ReadAsync(
                call.ActorUserId, call.Arguments.Text("client_id")!, call.CancellationToken);
            return result.Succeeded ? ToolResults.Success(ClientRecord.From(result.Value)) : ToolResults.Halted(result.Halt);
        });
}
