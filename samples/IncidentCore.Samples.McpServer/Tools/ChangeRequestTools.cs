using IncidentCore.Policy;
using IncidentCore.Procedures.Approvals;
using IncidentCore.Procedures.Definitions;
using IncidentCore.Samples.McpServer.Wire;

namespace IncidentCore.Samples.McpServer.Tools;

/// <summary>
/// Change request tools: submit_change_request, get_change_request, approve_change_request, reject_change_request and
/// schedule_change, their arguments from the SOP definitions. The requesting and approving user is always the
/// session's actor.
/// </summary>
internal static class ChangeRequestTools
{
    public static IEnumerable<IncidentTool> All() => [SubmitChangeRequest(), GetChangeRequest(), ApproveChangeRequest(), RejectChangeRequest(), ScheduleChange()];

    private static IncidentTool SubmitChangeRequest() => new(
        "submit_change_request",
        "Change request: requests a change, optionally for an existing incident, with the session's user as its requester, and returns its change_id. "
        + "Who must approve it follows from its type and risk: high risk, upgrade or emergency → an executive; standard at low or medium risk → pre-approved "
        + "(created approved, no approving user); normal at low or medium risk → an incident_manager or executive. A requester who holds the required role "
        + "approves it by requesting it; otherwise it waits as requested. Read it back with get_change_request. "
        + "Authorized: technical_support, system_administrator, incident_manager, executive.",
        readOnly: false,
        SopToolFields.Inputs(SopCatalog.For(Operation.ChangeRequestCreate)),
        async call =>
        {
            var result = await call.Services.GetRequiredService<ChangeRequestCreation>().CreateAsync(
                call.ActorUserId, call.Arguments.Request<ChangeRequestCreateRequest>(), call.CancellationToken);
            return result.Succeeded ? ToolResults.Success(new { change_id = result.Value }) : ToolResults.Halted(result.Halt);
        });

    private static IncidentTool GetChangeRequest()
    {
        var sop = SopCatalog.For(Operation.ChangeRequestRead);
        return new(
            "get_change_request",
            "Reads one change request by change_id. Authorized: every role but client_contact and vendor_contact.",
            readOnly: true,
            [SopToolFields.Id(sop)],
            async call =>
            {
                var result = await call.Services.GetRequiredService<ChangeRequestRead>().ReadAsync(
                    call.ActorUserId, call.Arguments.Text(sop.IdField)!, call.CancellationToken);
                return result.Succeeded ? ToolResults.Success(ChangeRequestRecord.From(result.Value)) : ToolResults.Halted(result.Halt);
            });
    }

    private static IncidentTool ApproveChangeRequest()
    {
        var sop = SopCatalog.For(Operation.ChangeApprove);
        return new(
            "approve_change_request",
            "Approves a requested change, with the session's user as its approving user, and returns it. Only a request still requested can be decided. "
            + "Authorized: the role its type and risk require (high risk, upgrade or emergency: executive; normal at low or medium risk: incident_manager or executive).",
            readOnly: false,
            [SopToolFields.Id(sop)],
            async call =>
            {
                var result = await call.Services.GetRequiredService<ChangeApproval>().ApproveAsync(
                    call.ActorUserId, call.Arguments.Text(sop.IdField)!, call.CancellationToken);
                return result.Succeeded ? ToolResults.Success(ChangeRequestRecord.From(result.Value)) : ToolResults.Halted(result.Halt);
            });
    }

    private static IncidentTool RejectChangeRequest()
    {
        var sop = SopCatalog.For(Operation.ChangeReject);
        return new(
            "reject_change_request",
            "Rejects a requested change (final), optionally with a rejection_reason, and returns it. Only a request still requested can be decided. "
            + "Authorized: the role its type and risk require, as for approve_change_request.",
            readOnly: false,
            [SopToolFields.Id(sop), SopToolFields.Input(sop, "rejection_reason", isRequired: false)],
            async call =>
            {
                var result = await call.Services.GetRequiredService<ChangeApproval>().RejectAsync(
                    call.ActorUserId, call.Arguments.Text(sop.IdField)!, call.Arguments.Text("rejection_reason"), call.CancellationToken);
                return result.Succeeded ? ToolResults.Success(ChangeRequestRecord.From(result.Value)) : ToolResults.Halted(result.Halt);
            });
    }

    private static IncidentTool ScheduleChange()
    {
        var sop = SopCatalog.For(Operation.ChangeSchedule);
        return new(
            "schedule_change",
            "Schedules an approved change: its scheduled_start_time (not in the past) and scheduled_end_time (after the start); returns it, scheduled. "
            + "Authorized: technical_support, system_administrator.",
            readOnly: false,
            [SopToolFields.Id(sop), SopToolFields.Input(sop, "scheduled_start_time", isRequired: true), SopToolFields.Input(sop, "scheduled_end_time", isRequired: true)],
            async call =>
            {
                var result = await call.Services.GetRequiredService<ChangeScheduling>().ScheduleAsync(
                    call.ActorUserId, call.Arguments.Text(sop.IdField)!, call.Arguments.Text("scheduled_start_time"), call.Arguments.Text("scheduled_end_time"), call.CancellationToken);
                return result.Succeeded ? ToolResults.Success(ChangeRequestRecord.From(result.Value)) : ToolResults.Halted(result.Halt);
            });
    }
}
