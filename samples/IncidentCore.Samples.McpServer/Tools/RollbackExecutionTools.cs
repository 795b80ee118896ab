using IncidentCore.Domain.Approvals;
using IncidentCore.Policy;
using IncidentCore.Procedures;
using IncidentCore.Procedures.Approvals;
using IncidentCore.Samples.McpServer.Wire;

namespace IncidentCore.Samples.McpServer.Tools;

/// <summary>
/// Rollback execution tools: start_rollback, complete_rollback and fail_rollback, one per step of the library's
/// rollback execution (each its own SOP), so each tool says exactly which status it needs and sets.
/// </summary>
internal static class RollbackExecutionTools
{
    private const string Authorized = "Authorized: technical_support, system_administrator.";

    public static IEnumerable<IncidentTool> All() =>
    [
        Step("start_rollback", Operation.RollbackStart,
            $"Starts an approved rollback (in_progress) and returns it. {Authorized}",
            static (execution, call, id) => execution.StartAsync(call.ActorUserId, id, call.CancellationToken)),
        Step("complete_rollback", Operation.RollbackComplete,
            $"Completes a rollback in progress (completed, setting completed_at; final) and returns it; its change becomes rolled_back in the same commit. {Authorized}",
            static (execution, call, id) => execution.CompleteAsync(call.ActorUserId, id, call.CancellationToken)),
        Step("fail_rollback", Operation.RollbackFail,
            $"Records that a rollback in progress failed (failed, setting completed_at; final) and returns it; its change stays as it is. {Authorized}",
            static (execution, call, id) => execution.FailAsync(call.ActorUserId, id, call.CancellationToken)),
    ];

    private static IncidentTool Step(string name, Operation operation, string description,
        Func<RollbackExecution, ToolCall, string, ValueTask<SopResult<RollbackRequest>>> run) =>
        SopStepTool.Create(name, operation, description, run, RollbackRequestRecord.From);
}
