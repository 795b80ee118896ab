using IncidentCore.Domain;

namespace IncidentCore.Policy;

/// <summary>
/// Whether an actor may decide (approve or reject) a request under its approval rule: the rule that applied, and the
/// denial reason when they may not. A requester who holds a required role approves by requesting, unless four-eyes is on.
/// </summary>
/// <param name="Rule">The approval rule that applied; <see langword="null"/> when none matches.</param>
/// <param name="DenialReason">Why the actor may not decide; <see cref="DenialReason.None"/> when they may.</param>
internal readonly record struct ApprovalVerdict(ApprovalRule? Rule, DenialReason DenialReason)
{
    /// <summary>Whether the actor may decide the request.</summary>
    public bool IsAllowed => Rule is not null && DenialReason == DenialReason.None;

    /// <summary>
    /// Whether <paramref name="actor"/> may approve or reject a request made by <paramref name="requestingUser"/> under
    /// <paramref name="rule"/>. A pre-approved rule lets the call through to the status check (such a request is never waiting).
    /// </summary>
    public static ApprovalVerdict ForDecision(ApprovalRule? rule, User actor, string requestingUser, bool forbidSelfApproval)
    {
        if (rule is null)
        {
            return new(null, DenialReason.ApproverRoleRequired);
        }

        if (forbidSelfApproval && string.Equals(actor.UserId, requestingUser, StringComparison.Ordinal))
        {
            return new(rule, DenialReason.OwnRequestDecision);
        }

        return rule.IsPreApproved || rule.AcceptsApprover(actor.Role) ? new(rule, DenialReason.None) : new(rule, DenialReason.ApproverRoleRequired);
    }

    /// <summary>
    /// Whether a new request is approved as it is made: by a rule that pre-approves it, or by a requester who holds a
    /// required role (an approver acting for themselves), unless four-eyes is on. Null when it must wait.
    /// </summary>
    public static ApprovalRule? ApprovedOnRequest(ApprovalRule? rule, User requester, bool forbidSelfApproval) =>
        rule is not null && (rule.IsPreApproved || (!forbidSelfApproval && rule.AcceptsApprover(requester.Role))) ? rule : null;
}
