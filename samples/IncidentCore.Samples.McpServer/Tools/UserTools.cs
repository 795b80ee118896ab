using IncidentCore.Domain;
using IncidentCore.Domain.Fields;
using IncidentCore.Domain.Normalization;
using IncidentCore.Procedures;
using IncidentCore.Samples.McpServer.Wire;

namespace IncidentCore.Samples.McpServer.Tools;

/// <summary>User Management tools: register_user, update_user and find_user.</summary>
internal static class UserTools
{
    public static IEnumerable<IncidentTool> All() => [RegisterUser(), UpdateUser(), FindUser()];

    private static IncidentTool RegisterUser() => new(
        "register_user",
        "Register User Account: adds a user and returns its user_id. Authorized: system_administrator, incident_manager.",
        readOnly: false,
        [
            ToolField.Required("name", "The person's name."),
            ToolField.Required("email", "Email; unique."),
            ToolField.Required("role", "The user's role.", WireNames.UserRole.WireNames),
            ToolField.Optional("department", "Department, free text."),
            ToolField.Optional("client_id", "An existing client to link the user to."),
            ToolField.Optional("vendor_id", "An existing vendor to link the user to."),
            ToolField.Optional("timezone", "Default UTC; an IANA id or UTC, GMT, CST, EST, CET, PST."),
            ToolField.Optional("status", "Default active.", WireNames.UserStatus.WireNames),
        ],
        async call =>
        {
            var a = call.Arguments;
            var result = await call.Services.GetRequiredService<UserRegistration>().RegisterAsync(call.ActorUserId, new UserRegistrationRequest
            {
                Name = a.Text("name"),
                Email = a.Text("email"),
                Role = a.Text("role"),
                Department = a.Text("department"),
                ClientId = a.Text("client_id"),
                VendorId = a.Text("vendor_id"),
                Timezone = a.Text("timezone"),
                Status = a.Text("status"),
            }, call.CancellationToken);
            return result.Succeeded ? ToolResults.Success(new { user_id = result.Value }) : ToolResults.Halted(result.Halt);
        });

    private static IncidentTool UpdateUser() => new(
        "update_user",
        "Update User Details: changes a user's role, status or details and returns the record. Authorized: system_administrator, incident_manager.",
        readOnly: false,
        [
            ToolField.Required("user_id", "The user to update."),
            ChangeSetSchema.For(DomainFields.User, new Dictionary<string, IReadOnlyList<string>>
            {
                ["role"] = WireNames.UserRole.WireNames,
                ["status"] = WireNames.UserStatus.WireNames,
            }, "The fields to change, at least one."),
        ],
        async call =>
        {
            var result = await call.Services.GetRequiredService<UserUpdate>().UpdateAsync(
                call.ActorUserId, call.Arguments.Text("user_id")!, call.Arguments.ChangeSet("change_set"), call.CancellationToken);
            return result.Succeeded ? ToolResults.Success(UserRecord.From(result.Value)) : ToolResults.Halted(result.Halt);
        });

    private static IncidentTool FindUser() => new(
        "find_user",
        "Finds one user by exactly one of user_id or email. Authorized: any active user.",
        readOnly: true,
        [
            ToolField.Optional("user_id", "The user's id."),
            ToolField.Optional("email", "The email (any case)."),
        ],
        call => Lookup.FindAsync(call, "user", async (work, a, ct) =>
            a.Text("user_id") is { } id ? await work.Users.FindByIdAsync(id, ct)
            : await work.Users.FindByEmailAsync(UniqueKeys.Email(a.Text("email")!), ct),
            UserRecord.From));
}
