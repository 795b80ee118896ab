namespace IncidentCore.Samples.McpServer.Tests.Support;

/// <summary>The steps of the change and rollback tests, each a tool call that must succeed, as an agent would make them.</summary>
public static class ApprovalSession
{
    /// <summary>Submits a change request and returns its change_id.</summary>
    public static async Task<string> SubmitChangeAsync(this McpServerSession session, string changeType, string riskLevel)
    {
        var submitted = await session.CallAsync("submit_change_request", $$"""{"title":"Rotate the payments database certificates","change_type":"{{changeType}}","risk_level":"{{riskLevel}}"}""");
        Assert.False(submitted.IsError, submitted.Body.GetRawText());
        return submitted.Text("change_id");
    }

    /// <summary>Calls a tool that takes one record id and must succeed; returns the record it returns.</summary>
    public static async Task<ToolOutcome> StepAsync(this McpServerSession session, string tool, string idField, string id)
    {
        var outcome = await session.CallAsync(tool, $$"""{"{{idField}}":"{{id}}"}""");
        Assert.False(outcome.IsError, $"{tool}: {outcome.Body.GetRawText()}");
        return outcome;
    }

    /// <summary>A change that ran: a standard low-risk change (pre-approved) started and failed by the session's user (technical support).</summary>
    public static async Task<string> FailedChangeAsync(this McpServerSession session)
    {
        var changeId = await session.SubmitChangeAsync("standard", "low");
        await session.StepAsync("start_change", "change_id", changeId);
        await session.StepAsync("fail_change", "change_id", changeId);
        return changeId;
    }

    /// <summary>Submits a rollback request for a change and returns its rollback_id.</summary>
    public static async Task<string> SubmitRollbackAsync(this McpServerSession session, string changeId)
    {
        var submitted = await session.CallAsync("submit_rollback_request", $$"""{"change_id":"{{changeId}}"}""");
        Assert.False(submitted.IsError, submitted.Body.GetRawText());
        return submitted.Text("rollback_id");
    }
}
