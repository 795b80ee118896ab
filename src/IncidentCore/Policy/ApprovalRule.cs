using IncidentCore.Domain;
using IncidentCore.Domain.Approvals;

namespace IncidentCore.Policy;

/// <summary>
/// One row of the approval table: a request of <paramref name="Operation"/> whose change type and risk level match needs
/// the approval of one of <paramref name="Approvers"/> (none: the rule itself pre-approves it).
/// </summary>
/// <param name="Name">A stable name, recorded as the reason of every approval or rejection this rule decides.</param>
/// <param name="Operation">The approvable operation (change_approve or rollback_approve).</param>
/// <param name="ChangeTypes">The change types the row matches; empty matches any (and requests without one).</param>
/// <param name="RiskLevels">The risk levels the row matches; empty matches any (and requests without one).</param>
/// <param name="Approvers">The roles, one of which the approver must hold; empty when the request is pre-approved.</param>
public sealed record ApprovalRule(string Name, Operation Operation, IReadOnlyList<ChangeType> ChangeTypes, IReadOnlyList<RiskLevel> RiskLevels, IReadOnlyList<UserRole> Approvers)
{
    /// <summary>Whether the rule approves a request by itself: it is created approved, with no approving user.</summary>
    public bool IsPreApproved => Approvers.Count == 0;

    /// <summary>Whether the row applies to a request with these attributes.</summary>
    /// <param name="changeType">The request's change type, if it has one.</param>
    /// <param name="riskLevel">The request's risk level, if it has one.</param>
    /// <returns><see langword="true"/> when both attributes match.</returns>
    public bool Matches(ChangeType? changeType, RiskLevel? riskLevel) =>
        (ChangeTypes.Count == 0 || (changeType is { } type && ChangeTypes.Contains(type)))
        && (RiskLevels.Count == 0 || (riskLevel is { } risk && RiskLevels.Contains(risk)));

    /// <summary>Whether a role is one the rule accepts as approver.</summary>
    /// <param name="role">The role.</param>
    /// <returns><see langword="true"/> when an approver may hold it.</returns>
    public bool AcceptsApprover(UserRole role) => Approvers.Contains(role);
}
