namespace IncidentCore.Domain.Approvals;

/// <summary>The wire names of the approval domain's enumerations.</summary>
public static class ApprovalWireNames
{
    /// <summary>ChangeType values.</summary>
    public static WireNameTable<ChangeType> ChangeType { get; } = new(
        (Approvals.ChangeType.Standard, "standard"),
        (Approvals.ChangeType.Normal, "normal"),
        (Approvals.ChangeType.Upgrade, "upgrade"),
        (Approvals.ChangeType.Emergency, "emergency"));

    /// <summary>RiskLevel values.</summary>
    public static WireNameTable<RiskLevel> RiskLevel { get; } = new(
        (Approvals.RiskLevel.Low, "low"),
        (Approvals.RiskLevel.Medium, "medium"),
        (Approvals.RiskLevel.High, "high"));

    /// <summary>ChangeStatus values.</summary>
    public static WireNameTable<ChangeStatus> ChangeStatus { get; } = new(
        (Approvals.ChangeStatus.Requested, "requested"),
        (Approvals.ChangeStatus.Approved, "approved"),
        (Approvals.ChangeStatus.Rejected, "rejected"),
        (Approvals.ChangeStatus.Scheduled, "scheduled"),
        (Approvals.ChangeStatus.InProgress, "in_progress"),
        (Approvals.ChangeStatus.Completed, "completed"),
        (Approvals.ChangeStatus.Failed, "failed"),
        (Approvals.ChangeStatus.RolledBack, "rolled_back"));

    /// <summary>RollbackStatus values.</summary>
    public static WireNameTable<RollbackStatus> RollbackStatus { get; } = new(
        (Approvals.RollbackStatus.Requested, "requested"),
        (Approvals.RollbackStatus.Approved, "approved"),
        (Approvals.RollbackStatus.Rejected, "rejected"),
        (Approvals.RollbackStatus.InProgress, "in_progress"),
        (Approvals.RollbackStatus.Completed, "completed"),
        (Approvals.RollbackStatus.Failed, "failed"));

    /// <summary>Returns the wire name of a ChangeType value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The wire name.</returns>
    public static string ToWireName(this ChangeType value) => ChangeType.ToWireName(value);

    /// <summary>Returns the wire name of a RiskLevel value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The wire name.</returns>
    public static string ToWireName(this RiskLevel value) => RiskLevel.ToWireName(value);

    /// <summary>Returns the wire name of a ChangeStatus value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The wire name.</returns>
    public static string ToWireName(this ChangeStatus value) => ChangeStatus.ToWireName(value);

    /// <summary>Returns the wire name of a RollbackStatus value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The wire name.</returns>
    public static string ToWireName(this RollbackStatus value) => RollbackStatus.ToWireName(value);
}
