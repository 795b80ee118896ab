using IncidentCore.Policy;
using IncidentCore.Procedures.Approvals;
using IncidentCore.Procedures.Definitions;
using IncidentCore.Samples.McpServer.Wire;

namespace IncidentCore.Samples.McpServer.Tools;

/// <summary>
/// Rollback request tools: submit_rollback_request, get_rollback_request, approve_rollback_request and
/// reject_rollback_request, their arguments from the SOP definitions. The requesting and approving user is always
/// the session's actor.
/// </summary>
internal static class RollbackRequestTools
{
    public static IEnumerable<IncidentTool> All() => [SubmitRollbackRequest(), GetRollbackRequest(), ApproveRollbackRequest(), RejectRollbackRequest()];

    private static IncidentTool SubmitRollbackRequest() => new(
        "submit_rollback_request",
        "Rollback request: asks to roll back a change that ran (in_progress, completed or failed) and has no other open rollback, optionally for an existing "
        + "incident, with the session's user as its requester, and returns its rollback_id. An incident_manager or executive who requests it approves it by "
        + "requesting it; otherwise it waits as requested. Read it back with get_rollback_request. "
        + "Authorized: technical_support, incident_manager, executive.",
        readOnly: false,
        SopToolFields.Inputs(SopCatalog.For(Operation.RollbackRequestCreate)),
        async call =>
        {
            var result = await call.Services.GetRequiredService<RollbackRequestCreation>().CreateAsync(
                call.ActorUserId, call.Arguments.Request<RollbackRequestCreateRequest>(), call.CancellationToken);
            return result.Succeeded ? ToolResults.Success(new { rollback_id = result.Value }) : ToolResults.Halted(result.Halt);
        });

    private static IncidentTool GetRollbackRequest()
    {
        var sop = SopCatalog.For(Operation.RollbackRequestRead);
        return new(
            "get_rollback_request",
            "Reads one rollback request by rollback_id. Authorized: every role but client_contact and vendor_contact.",
            readOnly: true,
            [SopToolFields.Id(sop)],
            async call =>
            {
                var result = await call.Services.GetRequiredService<RollbackRequestRead>().ReadAsync(
                    call.ActorUserId, call.Arguments.Text(sop.IdField)!, call.CancellationToken);
                return result.Succeeded ? ToolResults.Success(RollbackRequestRecord.From(result.Value)) : ToolResults.Halted(result.Halt);
            });
    }

    private static IncidentTool ApproveRollbackRequest()
    {
        var sop = SopCatalog.For(Operation.RollbackApprove);
        return new(
            "approve_rollback_request",
            "Approves a requested rollback, with the session's user as its approving user, and returns it. Only a request still requested can be decided. "
            + "Authorized: incident_manager, executive.",
            readOnly: false,
            [SopToolFields.Id(sop)],
            async call =>
            {
                var result = await call.Services.GetRequiredService<RollbackApproval>().ApproveAsync(
                    call.ActorUserId, call.Arguments.Text(sop.IdField)!, call.CancellationToken);
                return result.Succeeded ? ToolResults.Success(RollbackRequestRecord.From(result.Value)) : ToolResults.Halted(result.Halt);
            });
    }

    private static IncidentTool RejectRollbackRequest()
    {
        var sop = SopCatalog.For(Operation.RollbackReject);
        return new(
            "reject_rollback_request",
            "Rejects a requested rollback (final), optionally with a rejection_reason, and returns it. Only a request still requested can be decided. "
            + "Authorized: incident_manager, executive.",
            readOnly: false,
            [SopToolFields.Id(sop), SopToolFields.Input(sop, "rejection_reason", isRequired: false)],
            async call =>
            {
                var result = await call.Services.GetRequiredService<RollbackApproval>().RejectAsync(
                    call.ActorUserId, call.Arguments.Text(sop.IdField)!, call.Arguments.Text("rejection_reason"), call.CancellationToken);
                return result.Succeeded ? ToolResults.Success(RollbackRequestRecord.From(result.Value)) : ToolResults.Halted(result.Halt);
            });
    }
}
