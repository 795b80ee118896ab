using System.Reflection;
using IncidentCore.Ports.Approvals;

namespace IncidentCore.Samples.McpServer.Tests.Support;

/// <summary>
/// Whether the SQLite sample store the server runs on with <c>--db</c> holds change and rollback requests (a unit of
/// work of it implements <see cref="IApprovalUnitOfWork"/>), read from the assembly beside the built server. Tests of
/// several users working one change need a store their sessions share, so they run on such a store only.
/// </summary>
public static class ApprovalStorage
{
    public const string SqliteSkipReason =
        "The SQLite sample store does not hold change and rollback requests (no unit of work of it implements IApprovalUnitOfWork), so --db offers no change or rollback tools.";

    /// <summary>The tools offered on a store that holds change and rollback requests.</summary>
    public static IReadOnlyList<string> ToolNames { get; } =
    [
        "approve_change_request", "approve_rollback_request", "complete_change", "complete_rollback", "fail_change", "fail_rollback", "get_change_request",
        "get_rollback_request", "reject_change_request", "reject_rollback_request", "schedule_change", "start_change", "start_rollback",
        "submit_change_request", "submit_rollback_request",
    ];

    public static bool SqliteHoldsApprovals { get; } = Assembly
        .LoadFrom(Path.Combine(Path.GetDirectoryName(McpServerSession.ServerAssembly)!, "IncidentCore.Samples.Sqlite.dll"))
        .GetTypes()
        .Any(t => t.IsClass && typeof(IApprovalUnitOfWork).IsAssignableFrom(t));
}
