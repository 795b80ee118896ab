using FsCheck;
using FsCheck.Fluent;
using IncidentCore.Domain;
using IncidentCore.Domain.Approvals;
using IncidentCore.Verification.Tests.Support;
using Xunit.Abstractions;

namespace IncidentCore.Verification.Tests.Approvals;

/// <summary>
/// Random runs of every change and rollback procedure by every kind of actor, with four-eyes off and on. After every step:
/// statuses only move along the reference's machines (so nothing executes before it is approved, and rejected,
/// rolled_back, and a rollback's rejected, completed and failed are final); a change holds at most one open rollback; a
/// request is approved only by someone holding a role its rule requires (or by the rule itself, for a pre-approved
/// change), never by its requester with four-eyes on; and a change is rolled_back only when a rollback of it completed.
/// </summary>
public sealed class ApprovalStateMachineProperties(ITestOutputHelper output)
{
    private const int Runs = 150;

    private static readonly Dictionary<ChangeStatus, ChangeStatus[]> ChangeMoves = new()
    {
        [ChangeStatus.Requested] = [ChangeStatus.Approved, ChangeStatus.Rejected],
        [ChangeStatus.Approved] = [ChangeStatus.Scheduled, ChangeStatus.InProgress],
        [ChangeStatus.Scheduled] = [ChangeStatus.InProgress],
        [ChangeStatus.InProgress] = [ChangeStatus.Completed, ChangeStatus.Failed, ChangeStatus.RolledBack],
        [ChangeStatus.Completed] = [ChangeStatus.RolledBack],
        [ChangeStatus.Failed] = [ChangeStatus.RolledBack],
        [ChangeStatus.Rejected] = [],
        [ChangeStatus.RolledBack] = [],
    };

    private static readonly Dictionary<RollbackStatus, RollbackStatus[]> RollbackMoves = new()
    {
        [RollbackStatus.Requested] = [RollbackStatus.Approved, RollbackStatus.Rejected],
        [RollbackStatus.Approved] = [RollbackStatus.InProgress],
        [RollbackStatus.InProgress] = [RollbackStatus.Completed, RollbackStatus.Failed],
        [RollbackStatus.Rejected] = [],
        [RollbackStatus.Completed] = [],
        [RollbackStatus.Failed] = [],
    };

    /// <summary>Every role, each with two active users and an inactive one.</summary>
    private static readonly (string Id, UserRole Role)[] Actors =
    [
        .. WireNames.UserRole.Values.SelectMany(role => new[]
        {
            (ApprovalWorld.UserOf(role), role),
            (ApprovalWorld.UserOf(role, second: true), role),
            (ApprovalWorld.UserOf(role, UserStatus.Inactive), role),
        }),
    ];

    private static readonly Gen<ApprovalStep> StepGen =
        from kind in Gen.Frequency(
            (1, Gen.Constant(ApprovalStepKind.RequestChange)),
            (6, Gen.Elements(Enum.GetValues<ApprovalStepKind>().Where(k => k != ApprovalStepKind.RequestChange).ToArray())))
        from actor in ActorGen(kind)
        from target in Gen.Frequency((4, Gen.Constant(0)), (1, Gen.Choose(1, 7)))
        from type in Gen.Elements(ApprovalWireNames.ChangeType.WireNames.ToArray())
        from risk in Gen.Elements(ApprovalWireNames.RiskLevel.WireNames.ToArray())
        select new ApprovalStep(kind, actor, target, type, risk);

    private static readonly Gen<(bool FourEyes, ApprovalStep[] Steps)> RunGen =
        from fourEyes in Gen.Elements(false, true)
        from length in Gen.Choose(1, 150)
        from steps in Gen.ArrayOf(StepGen, length)
        select (fourEyes, steps);

    [Fact]
    public void ApprovalProcedures_ForRandomRuns_ExpectTheStatusMachinesAndTheApprovalStandardToHoldAfterEveryStep()
    {
        var outcomes = new Dictionary<string, int>(StringComparer.Ordinal);
        Check.One(PbtScale.Config(Runs), Prop.ForAll(RunGen.ToArbitrary(), run => Execute(run.FourEyes, run.Steps, outcomes)));

        output.WriteLine(string.Join(", ", outcomes.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => $"{o.Key} {o.Value}")));
        foreach (var reached in new[] { "change rolled_back", "change completed", "change rejected", "change scheduled", "rollback completed", "rollback failed", "rollback rejected" })
        {
            Assert.True(outcomes.GetValueOrDefault(reached) > 0, $"no run reached {reached}: {string.Join(", ", outcomes)}");
        }
    }

    private static void Execute(bool fourEyes, ApprovalStep[] steps, Dictionary<string, int> outcomes)
    {
        using var world = ApprovalWorld.Create(o => o.ForbidSelfApproval = fourEyes);
        var changes = new List<string>();
        var rollbacks = new List<string>();
        var changeStatus = new Dictionary<string, ChangeStatus>(StringComparer.Ordinal);
        var rollbackStatus = new Dictionary<string, RollbackStatus>(StringComparer.Ordinal);
        var trace = new List<string>();
        foreach (var step in steps)
        {
            var outcome = RunStep(world, step, changes, rollbacks);
            trace.Add($"{step}: {outcome}");
            var context = $"four-eyes {fourEyes}; {string.Join(" | ", trace.TakeLast(12))}";

            foreach (var id in changes)
            {
                var change = world.ChangeAsync(id).GetAwaiter().GetResult()!;
                if (changeStatus.TryGetValue(id, out var before))
                {
                    Assert.True(change.Status == before || ChangeMoves[before].Contains(change.Status), $"change {id} moved {before} → {change.Status}: {context}");
                }
                else
                {
                    Assert.True(change.Status is ChangeStatus.Requested or ChangeStatus.Approved, $"change {id} created {change.Status}: {context}");
                }

                if (change.Status != changeStatus.GetValueOrDefault(id))
                {
                    outcomes[$"change {ApprovalWireNames.ChangeStatus.ToWireName(change.Status)}"] = outcomes.GetValueOrDefault($"change {ApprovalWireNames.ChangeStatus.ToWireName(change.Status)}") + 1;
                }

                changeStatus[id] = change.Status;
            }

            foreach (var id in rollbacks)
            {
                var rollback = world.RollbackAsync(id).GetAwaiter().GetResult()!;
                if (rollbackStatus.TryGetValue(id, out var before))
                {
                    Assert.True(rollback.Status == before || RollbackMoves[before].Contains(rollback.Status), $"rollback {id} moved {before} → {rollback.Status}: {context}");
                }

                if (rollback.Status != rollbackStatus.GetValueOrDefault(id))
                {
                    outcomes[$"rollback {rollback.Status.ToWireName()}"] = outcomes.GetValueOrDefault($"rollback {rollback.Status.ToWireName()}") + 1;
                }

                rollbackStatus[id] = rollback.Status;
            }

            CheckRequests(world, fourEyes, changes, rollbacks, context);
        }
    }

    /// <summary>One open rollback per change; approvals only by the roles the rule names; rolled_back only after a completed rollback.</summary>
    private static void CheckRequests(ApprovalWorld world, bool fourEyes, List<string> changeIds, List<string> rollbackIds, string context)
    {
        var audit = world.AuditAsync().GetAwaiter().GetResult();
        var rollbacks = rollbackIds.Select(id => world.RollbackAsync(id).GetAwaiter().GetResult()!).ToList();
        foreach (var id in changeIds)
        {
            var change = world.ChangeAsync(id).GetAwaiter().GetResult()!;
            Assert.True(rollbacks.Count(r => r.ChangeId == id && r.IsOpen) <= 1, $"change {id} holds two open rollbacks: {context}");
            Assert.Equal(change.Status == ChangeStatus.RolledBack, rollbacks.Any(r => r.ChangeId == id && r.Status == RollbackStatus.Completed));

            var approvals = audit.Where(e => e.EntityType == EntityType.ChangeRequest && e.EntityId == id && e.Action == AuditAction.Approve && e.Outcome == AuditOutcome.Succeeded).ToList();
            var wasApproved = change.Status is not (ChangeStatus.Requested or ChangeStatus.Rejected);
            Assert.True(approvals.Count == (wasApproved ? 1 : 0), $"change {id} ({change.Status}) has {approvals.Count} approvals: {context}");
            if (wasApproved)
            {
                var approval = approvals[0];
                var required = RequiredForChange(change.ChangeType, change.RiskLevel);
                if (required is null)
                {
                    Assert.Equal((change.RequestingUser, (string?)null), (approval.ActorUserId, change.ApprovedByUser));
                }
                else
                {
                    Assert.True(required.Contains(RoleOf(approval.ActorUserId)) && change.ApprovedByUser == approval.ActorUserId,
                        $"change {id} ({change.ChangeType}/{change.RiskLevel}) approved by {approval.ActorUserId}: {context}");
                    Assert.False(fourEyes && approval.ActorUserId == change.RequestingUser, $"change {id} approved by its requester under four-eyes: {context}");
                }
            }
        }

        foreach (var rollback in rollbacks)
        {
            var wasApproved = rollback.Status is not (RollbackStatus.Requested or RollbackStatus.Rejected);
            var approval = audit.SingleOrDefault(e => e.EntityType == EntityType.RollbackRequest && e.EntityId == rollback.RollbackId && e.Action == AuditAction.Approve && e.Outcome == AuditOutcome.Succeeded);
            Assert.True(wasApproved == (approval is not null), $"rollback {rollback.RollbackId} ({rollback.Status}) approval entry {approval?.AuditId}: {context}");
            if (approval is not null)
            {
                Assert.True(RoleOf(approval.ActorUserId) is UserRole.IncidentManager or UserRole.Executive, $"rollback approved by {approval.ActorUserId}: {context}");
                Assert.False(fourEyes && approval.ActorUserId == rollback.RequestingUser, $"rollback approved by its requester under four-eyes: {context}");
            }
        }
    }

    // The reference, restated: major changes need an executive; standard ones are pre-approved (null); normal ones an
    // incident manager or an executive.
    private static UserRole[]? RequiredForChange(ChangeType type, RiskLevel risk) =>
        risk == RiskLevel.High || type is ChangeType.Upgrade or ChangeType.Emergency ? [UserRole.Executive]
        : type == ChangeType.Standard ? null
        : [UserRole.IncidentManager, UserRole.Executive];

    private static UserRole RoleOf(string userId) => Actors.First(a => a.Id == userId).Role;

    /// <summary>
    /// Mostly an active user of a role the step's procedure permits (so that runs reach every status), sometimes anyone:
    /// another role, an inactive user, a second approver of the same role.
    /// </summary>
    private static Gen<int> ActorGen(ApprovalStepKind kind)
    {
        UserRole[] fitting = kind switch
        {
            ApprovalStepKind.RequestChange => [UserRole.TechnicalSupport, UserRole.SystemAdministrator, UserRole.IncidentManager, UserRole.Executive],
            ApprovalStepKind.RequestRollback => [UserRole.TechnicalSupport, UserRole.IncidentManager, UserRole.Executive],
            ApprovalStepKind.ApproveChange or ApprovalStepKind.RejectChange or ApprovalStepKind.ApproveRollback or ApprovalStepKind.RejectRollback =>
                [UserRole.IncidentManager, UserRole.Executive],
            _ => [UserRole.TechnicalSupport, UserRole.SystemAdministrator],
        };
        int[] active = [.. Enumerable.Range(0, Actors.Length).Where(i => fitting.Contains(Actors[i].Role) && !Actors[i].Id.Contains("-inactive", StringComparison.Ordinal))];
        return Gen.Frequency((5, Gen.Elements(active)), (1, Gen.Choose(0, Actors.Length - 1)));
    }

    private static string RunStep(ApprovalWorld w, ApprovalStep step, List<string> changes, List<string> rollbacks)
    {
        var actor = Actors[step.Actor].Id;
        // Mostly the newest request, so that runs carry requests through their whole lifecycle.
        string? Pick(List<string> ids) => ids.Count == 0 ? "none" : ids[ids.Count - 1 - (step.Target % ids.Count)];
        string Halted(IncidentCore.Procedures.Halt? halt) => halt is null ? "succeeded" : halt.CodeName;
        switch (step.Kind)
        {
            case ApprovalStepKind.RequestChange:
                var created = w.Changes.CreateAsync(actor, new() { Title = "Random change", ChangeType = step.ChangeType, RiskLevel = step.RiskLevel }).AsTask().GetAwaiter().GetResult();
                if (created.Succeeded)
                {
                    changes.Add(created.Value!);
                }

                return Halted(created.Halt);
            case ApprovalStepKind.ApproveChange:
                return Halted(w.ChangeApproval.ApproveAsync(actor, Pick(changes)!).AsTask().GetAwaiter().GetResult().Halt);
            case ApprovalStepKind.RejectChange:
                return Halted(w.ChangeApproval.RejectAsync(actor, Pick(changes)!).AsTask().GetAwaiter().GetResult().Halt);
            case ApprovalStepKind.ScheduleChange:
                return Halted(w.Scheduling.ScheduleAsync(actor, Pick(changes)!, "2025-09-26T08:00:00Z", "2025-09-26T09:00:00Z").AsTask().GetAwaiter().GetResult().Halt);
            case ApprovalStepKind.StartChange:
                return Halted(w.ChangeExecution.StartAsync(actor, Pick(changes)!).AsTask().GetAwaiter().GetResult().Halt);
            case ApprovalStepKind.CompleteChange:
                return Halted(w.ChangeExecution.CompleteAsync(actor, Pick(changes)!).AsTask().GetAwaiter().GetResult().Halt);
            case ApprovalStepKind.FailChange:
                return Halted(w.ChangeExecution.FailAsync(actor, Pick(changes)!).AsTask().GetAwaiter().GetResult().Halt);
            case ApprovalStepKind.RequestRollback:
                var requested = w.Rollbacks.CreateAsync(actor, new() { ChangeId = Pick(changes) }).AsTask().GetAwaiter().GetResult();
                if (requested.Succeeded)
                {
                    rollbacks.Add(requested.Value!);
                }

                return Halted(requested.Halt);
            case ApprovalStepKind.ApproveRollback:
                return Halted(w.RollbackApproval.ApproveAsync(actor, Pick(rollbacks)!).AsTask().GetAwaiter().GetResult().Halt);
            case ApprovalStepKind.RejectRollback:
                return Halted(w.RollbackApproval.RejectAsync(actor, Pick(rollbacks)!).AsTask().GetAwaiter().GetResult().Halt);
            case ApprovalStepKind.StartRollback:
                return Halted(w.RollbackExecution.StartAsync(actor, Pick(rollbacks)!).AsTask().GetAwaiter().GetResult().Halt);
            case ApprovalStepKind.CompleteRollback:
                return Halted(w.RollbackExecution.CompleteAsync(actor, Pick(rollbacks)!).AsTask().GetAwaiter().GetResult().Halt);
            default:
                return Halted(w.RollbackExecution.FailAsync(actor, Pick(rollbacks)!).AsTask().GetAwaiter().GetResult().Halt);
        }
    }
}
