using IncidentCore.Domain;
using IncidentCore.Domain.Approvals;
using IncidentCore.Policy;
using IncidentCore.Procedures;
using IncidentCore.Tests.Support;

namespace IncidentCore.Tests.Approvals;

/// <summary>
/// Every approvable operation × every role × active and not active × every change type × every risk level × four-eyes
/// off and on × own request or another's, through the real procedures, against the approval standard restated by hand.
/// </summary>
public sealed class ApprovalMatrixTests
{
    private static readonly UserStatus[] Statuses = [UserStatus.Active, UserStatus.Inactive];

    public enum Decision
    {
        ChangeApprove,
        ChangeReject,
        RollbackApprove,
        RollbackReject,
    }

    public static TheoryData<Decision, bool> Decisions()
    {
        var data = new TheoryData<Decision, bool>();
        foreach (var decision in Enum.GetValues<Decision>())
        {
            data.Add(decision, false);
            data.Add(decision, true);
        }

        return data;
    }

    public static TheoryData<bool> FourEyes() => new() { false, true };

    // The reference, restated: major changes (high risk, upgrade, emergency) need an executive; standard ones are
    // pre-approved (null); normal ones need an incident manager or an executive; rollbacks an incident manager or an executive.
    private static UserRole[]? Required(bool rollback, ChangeType type, RiskLevel risk) =>
        rollback ? [UserRole.IncidentManager, UserRole.Executive]
        : risk == RiskLevel.High || type is ChangeType.Upgrade or ChangeType.Emergency ? [UserRole.Executive]
        : type == ChangeType.Standard ? null
        : [UserRole.IncidentManager, UserRole.Executive];

    private static bool MayRequest(bool rollback, UserRole role) => rollback
        ? role is UserRole.TechnicalSupport or UserRole.IncidentManager or UserRole.Executive
        : role is UserRole.TechnicalSupport or UserRole.SystemAdministrator or UserRole.IncidentManager or UserRole.Executive;

    /// <summary>What a decision ends in: success, a denial reason, or a refusal naming status.</summary>
    private static string Expected(UserRole role, UserStatus status, UserRole[]? required, string requester, string decider, bool fourEyes, bool waiting)
    {
        if (status != UserStatus.Active)
        {
            return "unauthorized:actor_not_active";
        }

        if (role is not (UserRole.IncidentManager or UserRole.Executive))
        {
            return "unauthorized:role_not_permitted";
        }

        if (fourEyes && requester == decider)
        {
            return "unauthorized:own_request_decision";
        }

        if (required is not null && !required.Contains(role))
        {
            return "unauthorized:approver_role_required";
        }

        return waiting ? "succeeded" : "validation_failed:status";
    }

    [Theory]
    [MemberData(nameof(Decisions))]
    public async Task Decide_ForEveryRoleStatusTypeRiskAndRequester_EndsAsTheApprovalStandardSays(Decision decision, bool fourEyes)
    {
        await using var h = ApprovalHost.Create(o => o.ForbidSelfApproval = fourEyes);
        var rollback = decision is Decision.RollbackApprove or Decision.RollbackReject;
        var failures = new List<string>();
        var cases = 0;
        foreach (var role in WireNames.UserRole.Values)
        {
            foreach (var status in Statuses)
            {
                var decider = Seed.MatrixUser(role, status);
                foreach (var type in ApprovalWireNames.ChangeType.Values)
                {
                    foreach (var risk in ApprovalWireNames.RiskLevel.Values)
                    {
                        foreach (var own in new[] { false, true })
                        {
                            if (own && (status != UserStatus.Active || !MayRequest(rollback, role)))
                            {
                                continue;
                            }

                            var requester = own ? decider : Seed.TechnicalSupport;
                            var required = Required(rollback, type, risk);
                            var (id, waiting) = await RequestAsync(h, rollback, type, risk, requester);
                            var expectedWaiting = required is not null && !(required.Contains(RoleOf(requester, role)) && !fourEyes);
                            if (waiting != expectedWaiting)
                            {
                                failures.Add($"{type}/{risk} requested by {requester}: waiting {waiting}, expected {expectedWaiting}");
                                continue;
                            }

                            var auditBefore = (await h.Host.AuditAsync()).Count(e => e.Outcome == AuditOutcome.Succeeded);
                            var (outcome, approver) = await DecideAsync(h, decision, decider, id);
                            var expected = Expected(role, status, required, requester, decider, fourEyes, waiting);
                            cases++;
                            if (outcome != expected)
                            {
                                failures.Add($"{decision} of {type}/{risk} by {role}/{status} (own: {own}, four-eyes: {fourEyes}): {outcome}, expected {expected}");
                            }

                            var decided = (await h.Host.AuditAsync()).Count(e => e.Outcome == AuditOutcome.Succeeded) - auditBefore;
                            if (decided != (outcome == "succeeded" ? 1 : 0) || (outcome == "succeeded" && decision is Decision.ChangeApprove or Decision.RollbackApprove && approver != decider))
                            {
                                failures.Add($"{decision} of {type}/{risk} by {role}/{status}: {decided} audit entries, approver {approver}");
                            }
                        }
                    }
                }
            }
        }

        Assert.True(cases > 150, $"only {cases} cases ran");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures.Take(20)));
    }

    [Theory]
    [MemberData(nameof(FourEyes))]
    public async Task ChangeCreate_ForEveryRoleStatusTypeAndRisk_IsApprovedOnRequestExactlyAsTheStandardSays(bool fourEyes)
    {
        await using var h = ApprovalHost.Create(o => o.ForbidSelfApproval = fourEyes);
        var failures = new List<string>();
        foreach (var role in WireNames.UserRole.Values)
        {
            foreach (var status in Statuses)
            {
                foreach (var type in ApprovalWireNames.ChangeType.Values)
                {
                    foreach (var risk in ApprovalWireNames.RiskLevel.Values)
                    {
                        var actor = Seed.MatrixUser(role, status);
                        var result = await h.Changes.CreateAsync(actor, ApprovalHost.Change(type.ToWireName(), risk.ToWireName()));
                        var permitted = status == UserStatus.Active && MayRequest(rollback: false, role);
                        if (!permitted)
                        {
                            if (result.Succeeded || result.Halt.Code != HaltCode.Unauthorized)
                            {
                                failures.Add($"{role}/{status} {type}/{risk}: expected unauthorized");
                            }

                            continue;
                        }

                        var required = Required(rollback: false, type, risk);
                        var change = await h.ChangeAsync(ResultAssert.Succeeded(result));
                        var (expectedStatus, expectedApprover) = required is null ? (ChangeStatus.Approved, null)
                            : required.Contains(role) && !fourEyes ? (ChangeStatus.Approved, actor)
                            : (ChangeStatus.Requested, (string?)null);
                        if (change!.Status != expectedStatus || change.ApprovedByUser != expectedApprover)
                        {
                            failures.Add($"{role} {type}/{risk} (four-eyes: {fourEyes}): {change.Status} by {change.ApprovedByUser}, expected {expectedStatus} by {expectedApprover}");
                        }
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures.Take(20)));
    }

    private static UserRole RoleOf(string requester, UserRole deciderRole) => requester == Seed.TechnicalSupport ? UserRole.TechnicalSupport : deciderRole;

    /// <summary>A fresh request (a change, or a rollback of a fresh change of this type and risk that ran); whether it waits.</summary>
    private static async Task<(string Id, bool Waiting)> RequestAsync(ApprovalHost h, bool rollback, ChangeType type, RiskLevel risk, string requester)
    {
        if (!rollback)
        {
            var id = ResultAssert.Succeeded(await h.Changes.CreateAsync(requester, ApprovalHost.Change(type.ToWireName(), risk.ToWireName())));
            return (id, (await h.ChangeAsync(id))!.Status == ChangeStatus.Requested);
        }

        var changeId = ResultAssert.Succeeded(await h.Changes.CreateAsync(Seed.TechnicalSupport, ApprovalHost.Change(type.ToWireName(), risk.ToWireName())));
        if ((await h.ChangeAsync(changeId))!.Status == ChangeStatus.Requested)
        {
            ResultAssert.Succeeded(await h.ChangeApproval.ApproveAsync(Seed.Executive, changeId));
        }

        ResultAssert.Succeeded(await h.ChangeExecution.StartAsync(Seed.TechnicalSupport, changeId));
        var rollbackId = ResultAssert.Succeeded(await h.Rollbacks.CreateAsync(requester, new() { ChangeId = changeId }));
        return (rollbackId, (await h.RollbackAsync(rollbackId))!.Status == RollbackStatus.Requested);
    }

    private static async Task<(string Outcome, string? Approver)> DecideAsync(ApprovalHost h, Decision decision, string decider, string id)
    {
        switch (decision)
        {
            case Decision.ChangeApprove:
                return Outcome(await h.ChangeApproval.ApproveAsync(decider, id), c => c.ApprovedByUser);
            case Decision.ChangeReject:
                return Outcome(await h.ChangeApproval.RejectAsync(decider, id), c => c.ApprovedByUser);
            case Decision.RollbackApprove:
                return Outcome(await h.RollbackApproval.ApproveAsync(decider, id), r => r.ApprovedByUser);
            default:
                return Outcome(await h.RollbackApproval.RejectAsync(decider, id), r => r.ApprovedByUser);
        }
    }

    private static (string, string?) Outcome<T>(SopResult<T> result, Func<T, string?> approver) =>
        result.Succeeded ? ("succeeded", approver(result.Value!))
        : result.Halt.Code == HaltCode.Unauthorized ? ($"unauthorized:{result.Halt.DenialReason.ToWireName()}", null)
        : ($"{result.Halt.CodeName}:{string.Join(",", result.Halt.Errors.Select(e => e.Field))}", null);
}
