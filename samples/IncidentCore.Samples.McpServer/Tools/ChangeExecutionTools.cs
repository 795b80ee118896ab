using IncidentCore.Domain.Approvals;
using IncidentCore.Policy;
using IncidentCore.Procedures;
using IncidentCore.Procedures.Approvals;
using IncidentCore.Samples.McpServer.Wire;

namespace IncidentCore.Samples.McpServer.Tools;

/// <summary>
/// Change execution tools: start_change, complete_change and fail_change, one per step of the library's change
/// execution (each its own SOP), so each tool says exactly which status it needs and sets.
/// </summary>
internal static class ChangeExecutionTools
{
    private const string Authorized = "Authorized: technical_support, system_administrator.";

    public static IEnumerable<IncidentTool> All() =>
    [
        Step("start_change", Operation.ChangeStart,
            $"Starts an approved or scheduled change (in_progress, setting actual_start_time) and returns it. Nothing runs before it is approved. {Authorized}",
            static (execution, call, id) => execution.StartAsync(call.ActorUserId, id, call.CancellationToken)),
        Step("complete_change", Operation.ChangeComplete,
            $"Completes a change in progress (completed, setting actual_end_time) and returns it. {Authorized}",
            static (execution, call, id) => execution.CompleteAsync(call.ActorUserId, id, call.CancellationToken)),
        Step("fail_change", Operation.ChangeFail,
            $"Records that a change in progress failed (failed, setting actual_end_time) and returns it; it can still be rolled back. {Authorized}",
            static (execution, call, id) => execution.FailAsync(call.ActorUserId, id, call.CancellationToken)),
    ];

    private static IncidentTool Step(string name, Operation operation, string description,
        Func<ChangeExecution, ToolCall, string, ValueTask<SopResult<ChangeRequest>>> run) =>
        SopStepTool.Create(name, operation, description, run, ChangeRequestRecord.From);
}
