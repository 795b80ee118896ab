using IncidentCore.Domain;
using IncidentCore.Domain.Approvals;

namespace IncidentCore.Policy;

/// <summary>
/// The policy's approval rules, as data beside <see cref="PolicyTable"/>: for each approvable operation, whose role must
/// approve a request, chosen by its change type and risk level. Read top to bottom; the first row that matches decides.
/// A requester who holds a required role is an approver acting for themselves ("approvers can act without self-signoff
/// unless the SOP mandates another role"); with the opt-in four-eyes hardening nobody decides a request they made.
/// </summary>
public static class ApprovalTable
{
    /// <summary>The approval rows, in the order they are tried.</summary>
    public static IReadOnlyList<ApprovalRule> Rules { get; } =
    [
        // Major changes (high risk, upgrades, emergencies): executives "authorize major changes".
        new("change_approval.major_high_risk", Operation.ChangeApprove, [], [RiskLevel.High], [UserRole.Executive]),
        new("change_approval.major_upgrade", Operation.ChangeApprove, [ChangeType.Upgrade], [], [UserRole.Executive]),
        new("change_approval.major_emergency", Operation.ChangeApprove, [ChangeType.Emergency], [], [UserRole.Executive]),

        // Standard changes at low or medium risk are pre-approved: created approved, with no approving user.
        new("change_approval.standard_pre_approved", Operation.ChangeApprove, [ChangeType.Standard], [RiskLevel.Low, RiskLevel.Medium], []),

        // Normal changes at low or medium risk: an incident manager or an executive.
        new("change_approval.normal_incident_manager_or_executive", Operation.ChangeApprove, [ChangeType.Normal], [RiskLevel.Low, RiskLevel.Medium],
            [UserRole.IncidentManager, UserRole.Executive]),

        // Rollbacks: an incident manager or an executive.
        new("rollback_approval.incident_manager_or_executive", Operation.RollbackApprove, [], [], [UserRole.IncidentManager, UserRole.Executive]),
    ];

    /// <summary>The rule that decides a request: the first row of the operation that matches its attributes.</summary>
    /// <param name="operation">The approvable operation.</param>
    /// <param name="changeType">The request's change type, if it has one.</param>
    /// <param name="riskLevel">The request's risk level, if it has one.</param>
    /// <returns>The rule, or <see langword="null"/> when none matches (then nobody may approve it).</returns>
    public static ApprovalRule? RuleFor(Operation operation, ChangeType? changeType = null, RiskLevel? riskLevel = null)
    {
        foreach (var rule in Rules)
        {
            if (rule.Operation == operation && rule.Matches(changeType, riskLevel))
            {
                return rule;
            }
        }

        return null;
    }
}
