using IncidentCore.Policy;
using IncidentCore.Procedures;
using IncidentCore.Procedures.Definitions;
using IncidentCore.Procedures.Messages;
using IncidentCore.Samples.McpServer.Wire;

namespace IncidentCore.Samples.McpServer.Tools;

/// <summary>User Management tools: register_user, update_user and find_user, their arguments from the SOP definitions.</summary>
internal static class UserTools
{
    public static IEnumerable<IncidentTool> All() => [RegisterUser(), UpdateUser(), FindUser()];

    private static IncidentTool RegisterUser() => new(
        "register_user",
        "Register User Account: adds a user and returns its user_id. Authorized: system_administrator, incident_manager.",
        readOnly: false,
        SopToolFields.Inputs(SopCatalog.UserRegistration),
        async call =>
        {
            var result = await call.Services.GetRequiredService<UserRegistration>().RegisterAsync(
                call.ActorUserId, call.Arguments.Request<UserRegistrationRequest>(), call.CancellationToken);
            return result.Succeeded ? ToolResults.Success(new { user_id = result.Value }) : ToolResults.Halted(result.Halt);
        });

    private static IncidentTool UpdateUser() => new(
        "update_user",
        "Update User Details: changes a user's role, status or details and returns the record. Authorized: system_administrator, incident_manager.",
        readOnly: false,
        SopToolFields.Update(SopCatalog.UserUpdate),
        async call =>
        {
            var result = await call.Services.GetRequiredService<UserUpdate>().UpdateAsync(
                call.ActorUserId, call.Arguments.Text(SopCatalog.UserUpdate.IdField)!, call.Arguments.ChangeSet("change_set"), call.CancellationToken);
            return result.Succeeded ? ToolResults.Success(UserRecord.From(result.Value)) : ToolResults.Halted(result.Halt);
        });

    private static IncidentTool FindUser() => new(
        "find_user",
        "Reads one user by exactly one of user_id or email. Authorized: system_administrator, incident_manager, technical_support, executive; "
        + "an account_manager or client_contact only for users of their client, a vendor_contact only for users of their vendor. "
        + "A refusal never tells whether the user exists.",
        readOnly: true,
        [
            SopToolFields.Id(SopCatalog.For(Operation.UserRead), isRequired: false),
            ToolField.Optional("email", "The user's email (compared ignoring case)."),
        ],
        async call =>
        {
            var a = call.Arguments;
            if (a.GivenCount != 1)
            {
                return ToolResults.InvalidArguments([new FieldError("lookup", a.GivenCount == 0 ? FieldErrorCodes.Required : FieldErrorCodes.Invalid, "Give exactly one of user_id or email.")]);
            }

            var read = call.Services.GetRequiredService<UserRead>();
            var result = a.Text("user_id") is { } userId
                ? await read.ReadAsync(call.ActorUserId, userId, call.CancellationToken)
                : await read.FindByEmailAsync(call.ActorUserId, a.Text("email")!, call.CancellationToken);
            return result.Succeeded ? ToolResults.Success(UserRecord.From(result.Value)) : ToolResults.Halted(result.Halt);
        });
}
