namespace IncidentCore.Verification.Tests.Approvals;

/// <summary>What one step of a random approval run does.</summary>
internal enum ApprovalStepKind
{
    RequestChange,
    ApproveChange,
    RejectChange,
    ScheduleChange,
    StartChange,
    CompleteChange,
    FailChange,
    RequestRollback,
    ApproveRollback,
    RejectRollback,
    StartRollback,
    CompleteRollback,
    FailRollback,
}

/// <summary>One step: the procedure, who calls it (an index into the actor pool), on which request (an index into those made so far), and a new change's type and risk.</summary>
internal sealed record ApprovalStep(ApprovalStepKind Kind, int Actor, int Target, string ChangeType, string RiskLevel)
{
    public override string ToString() => $"{Kind} by #{Actor} on #{Target} ({ChangeType}/{RiskLevel})";
}
