using IncidentCore.Domain;
using IncidentCore.Domain.Fields;
using IncidentCore.Domain.Normalization;
using IncidentCore.Ports;
using IncidentCore.Procedures;
using IncidentCore.Samples.McpServer.Wire;

namespace IncidentCore.Samples.McpServer.Tools;

/// <summary>Client Management tools: create_client, update_client and find_client.</summary>
internal static class ClientTools
{
    public static IEnumerable<IncidentTool> All() => [CreateClient(), UpdateClient(), FindClient()];

    private static IncidentTool CreateClient() => new(
        "create_client",
        "Client Onboarding: adds a client and returns its client_id. Authorized: system_administrator, account_manager.",
        readOnly: false,
        [
            ToolField.Required("client_name", "The client's name."),
            ToolField.Required("registration_number", "Registration number; unique."),
            ToolField.Required("contact_email", "Contact email; unique."),
            ToolField.Required("client_type", "The kind of client.", WireNames.ClientType.WireNames),
            ToolField.Optional("country", "Country, free text."),
            ToolField.Optional("industry", "Industry, free text."),
            ToolField.Optional("status", "Default active.", WireNames.ClientStatus.WireNames),
        ],
        async call =>
        {
            var a = call.Arguments;
            var result = await call.Services.GetRequiredService<ClientOnboarding>().OnboardAsync(call.ActorUserId, new ClientOnboardingRequest
            {
                ClientName = a.Text("client_name"),
                RegistrationNumber = a.Text("registration_number"),
                ContactEmail = a.Text("contact_email"),
                ClientType = a.Text("client_type"),
                Country = a.Text("country"),
                Industry = a.Text("industry"),
                Status = a.Text("status"),
            }, call.CancellationToken);
            return result.Succeeded ? ToolResults.Success(new { client_id = result.Value }) : ToolResults.Halted(result.Halt);
        });

    private static IncidentTool UpdateClient() => new(
        "update_client",
        "Client Information Update: changes a client's details or status and returns the record. Authorized: system_administrator, account_manager assigned to the client.",
        readOnly: false,
        [
            ToolField.Required("client_id", "The client to update."),
            ChangeSetSchema.For(DomainFields.Client, new Dictionary<string, IReadOnlyList<string>>
            {
                ["client_type"] = WireNames.ClientType.WireNames,
                ["status"] = WireNames.ClientStatus.WireNames,
            }, "The fields to change, at least one."),
        ],
        async call =>
        {
            var result = await call.Services.GetRequiredService<ClientUpdate>().UpdateAsync(
                call.ActorUserId, call.Arguments.Text("client_id")!, call.Arguments.ChangeSet("change_set"), call.CancellationToken);
            return result.Succeeded ? ToolResults.Success(ClientRecord.From(result.Value)) : ToolResults.Halted(result.Halt);
        });

    private static IncidentTool FindClient() => new(
        "find_client",
        "Finds one client by exactly one of client_id, registration_number or contact_email. Authorized: any active user.",
        readOnly: true,
        [
            ToolField.Optional("client_id", "The client's id."),
            ToolField.Optional("registration_number", "The registration number (any case)."),
            ToolField.Optional("contact_email", "The contact email (any case)."),
        ],
        call => Lookup.FindAsync(call, "client", async (work, a, ct) =>
            a.Text("client_id") is { } id ? await work.Clients.FindByIdAsync(id, ct)
            : a.Text("registration_number") is { } number ? await work.Clients.FindByRegistrationNumberAsync(UniqueKeys.RegistrationNumber(number), ct)
            : await work.Clients.FindByContactEmailAsync(UniqueKeys.Email(a.Text("contact_email")!), ct),
            ClientRecord.From));
}
