using IncidentCore.Domain;
using IncidentCore.Domain.Approvals;
using IncidentCore.Ports;
using IncidentCore.Ports.Approvals;
using IncidentCore.Procedures;
using IncidentCore.Procedures.Approvals;
using Xunit;

namespace IncidentCore.Specification.Tests;

/// <summary>
/// Change and rollback requests, for stores whose units of work implement <see cref="IApprovalUnitOfWork"/>; a store
/// that does not hold them reports these facts skipped.
/// </summary>
public abstract partial class IncidentStoreSpecificationTests
{
    /// <summary>A change request and a rollback request read back with every field.</summary>
    /// <returns>A task that completes when the fact has been checked.</returns>
    [SkippableFact]
    public async Task ApprovalRecords_WhenCommitted_ReadBackEveryField()
    {
        await using var host = await StartApprovalHostAsync();
        var now = host.Time.GetUtcNow();
        var change = Change(host, now) with
        {
            IncidentId = "incident-1", ApprovedByUser = "approver", RejectionReason = "the window clashes", Status = ChangeStatus.Failed,
            ScheduledStartTime = now.AddHours(1), ScheduledEndTime = now.AddHours(2), ActualStartTime = now.AddHours(1.5), ActualEndTime = now.AddHours(3),
        };
        var rollback = Rollback(host, change.ChangeId, now) with
        {
            IncidentId = "incident-1", ApprovedByUser = "approver", RejectionReason = "not needed", Status = RollbackStatus.Failed, CompletedAt = now.AddHours(4),
        };

        var result = await host.CommitAsync(work =>
        {
            ((IApprovalUnitOfWork)work).ChangeRequests.Add(change);
            ((IApprovalUnitOfWork)work).RollbackRequests.Add(rollback);
        });

        Assert.True(result.IsCommitted, $"The commit ended with {result.Status}.");
        Assert.Equal(change, await host.ReadAsync(work => ((IApprovalUnitOfWork)work).ChangeRequests.FindByIdAsync(change.ChangeId)));
        Assert.Equal(rollback, await host.ReadAsync(work => ((IApprovalUnitOfWork)work).RollbackRequests.FindByIdAsync(rollback.RollbackId)));
        Assert.Null(await host.ReadAsync(work => ((IApprovalUnitOfWork)work).ChangeRequests.FindByIdAsync("no-such-change")));
    }

    /// <summary>A change holds at most one open rollback (a conditional unique key on change_id); ended rollbacks do not count.</summary>
    /// <returns>A task that completes when the fact has been checked.</returns>
    [SkippableFact]
    public async Task Rollbacks_OneOpenPerChange_IsAConditionalUniqueKey()
    {
        await using var host = await StartApprovalHostAsync();
        var now = host.Time.GetUtcNow();
        var change = Change(host, now) with { Status = ChangeStatus.Completed };
        var open = Rollback(host, change.ChangeId, now);
        Assert.True((await host.CommitAsync(work =>
        {
            ((IApprovalUnitOfWork)work).ChangeRequests.Add(change);
            ((IApprovalUnitOfWork)work).RollbackRequests.Add(open);
        })).IsCommitted);

        var second = await host.CommitAsync(work => ((IApprovalUnitOfWork)work).RollbackRequests.Add(Rollback(host, change.ChangeId, now) with { Status = RollbackStatus.Approved }));
        var ended = await host.CommitAsync(work => ((IApprovalUnitOfWork)work).RollbackRequests.Add(Rollback(host, change.ChangeId, now) with { Status = RollbackStatus.Rejected }));
        Assert.Equal((CommitStatus.Duplicate, "change_id"), (second.Status, second.DuplicateField));
        Assert.True(ended.IsCommitted, "A rejected rollback is not open.");
        Assert.Equal(open, await host.ReadAsync(work => ((IApprovalUnitOfWork)work).RollbackRequests.FindOpenByChangeAsync(change.ChangeId)));

        var closed = await host.CommitAsync(work => ((IApprovalUnitOfWork)work).RollbackRequests.Update(open with { Status = RollbackStatus.Failed, CompletedAt = now, Version = 2 }));
        Assert.True(closed.IsCommitted, $"Closing the open rollback ended with {closed.Status}.");
        Assert.Null(await host.ReadAsync(work => ((IApprovalUnitOfWork)work).RollbackRequests.FindOpenByChangeAsync(change.ChangeId)));
        var next = Rollback(host, change.ChangeId, now);
        Assert.True((await host.CommitAsync(work => ((IApprovalUnitOfWork)work).RollbackRequests.Add(next))).IsCommitted);
        Assert.Equal(next, await host.ReadAsync(work => ((IApprovalUnitOfWork)work).RollbackRequests.FindOpenByChangeAsync(change.ChangeId)));
    }

    /// <summary>Racing rollback requests for one change leave exactly one open rollback, through the procedure.</summary>
    /// <returns>A task that completes when the fact has been checked.</returns>
    [SkippableFact]
    public async Task Rollbacks_WhenRacingForOneChange_LeaveExactlyOneOpen()
    {
        await using var host = await StartApprovalHostAsync();
        var (technician, executive, _) = await ApproversAsync(host);
        var changeId = await ChangeThatRanAsync(host, technician, executive);
        var request = host.Get<RollbackRequestCreation>();

        var results = await Race.RunAsync(8, _ => request.CreateAsync(technician, new RollbackRequestCreateRequest { ChangeId = changeId }).AsTask());

        Assert.Equal(1, results.Count(r => r.Succeeded));
        Assert.All(results.Where(r => !r.Succeeded), r => Assert.Equal(HaltCode.Duplicate, r.Halt!.Code));
        Assert.NotNull(await host.ReadAsync(work => ((IApprovalUnitOfWork)work).RollbackRequests.FindOpenByChangeAsync(changeId)));
    }

    /// <summary>Two approvers deciding one request at once: exactly one decision commits, with exactly one decision entry.</summary>
    /// <returns>A task that completes when the fact has been checked.</returns>
    [SkippableFact]
    public async Task ChangeDecisions_WhenRacing_CommitExactlyOne()
    {
        await using var host = await StartApprovalHostAsync();
        var (technician, executive, manager) = await ApproversAsync(host);
        var created = await host.Get<ChangeRequestCreation>().CreateAsync(technician, new ChangeRequestCreateRequest { Title = "Patch", ChangeType = "normal", RiskLevel = "low" });
        var approval = host.Get<ChangeApproval>();

        var results = await Race.RunAsync(4, i => (i % 2 == 0 ? approval.ApproveAsync(i < 2 ? manager : executive, created.Value!) : approval.RejectAsync(i < 2 ? manager : executive, created.Value!)).AsTask());

        Assert.Equal(1, results.Count(r => r.Succeeded));
        Assert.All(results.Where(r => !r.Succeeded), r => Assert.True(r.Halt!.Code is HaltCode.Conflict or HaltCode.ValidationFailed, r.Halt.ToString()));
        var decisions = (await host.AuditTrailAsync()).Count(e => e.EntityId == created.Value && e.Outcome == AuditOutcome.Succeeded && e.Action is AuditAction.Approve or AuditAction.Reject);
        Assert.Equal(1, decisions);
    }

    /// <summary>Completing a rollback sets its change to rolled_back in the same commit; a stale change refuses the whole commit.</summary>
    /// <returns>A task that completes when the fact has been checked.</returns>
    [SkippableFact]
    public async Task RollbackCompletion_CommitsWithItsChangeOrNotAtAll()
    {
        await using var host = await StartApprovalHostAsync();
        var now = host.Time.GetUtcNow();
        var change = Change(host, now) with { Status = ChangeStatus.Failed };
        var rollback = Rollback(host, change.ChangeId, now) with { Status = RollbackStatus.InProgress };
        Assert.True((await host.CommitAsync(work =>
        {
            ((IApprovalUnitOfWork)work).ChangeRequests.Add(change);
            ((IApprovalUnitOfWork)work).RollbackRequests.Add(rollback);
        })).IsCommitted);

        var stale = await host.CommitAsync(work =>
        {
            ((IApprovalUnitOfWork)work).RollbackRequests.Update(rollback with { Status = RollbackStatus.Completed, CompletedAt = now, Version = 2 });
            ((IApprovalUnitOfWork)work).ChangeRequests.Update(change with { Status = ChangeStatus.RolledBack, Version = 5 });
        });
        Assert.Equal(CommitStatus.Conflict, stale.Status);
        Assert.Equal(rollback, await host.ReadAsync(work => ((IApprovalUnitOfWork)work).RollbackRequests.FindByIdAsync(rollback.RollbackId)));

        var (technician, _, _) = await ApproversAsync(host);
        var completed = await host.Get<RollbackExecution>().CompleteAsync(technician, rollback.RollbackId);

        Assert.True(completed.Succeeded, completed.ToString());
        var after = await host.ReadAsync(work => ((IApprovalUnitOfWork)work).ChangeRequests.FindByIdAsync(change.ChangeId));
        Assert.Equal((ChangeStatus.RolledBack, 2L), (after!.Status, after.Version));
        var entries = (await host.AuditTrailAsync()).Where(e => e.Outcome == AuditOutcome.Succeeded).TakeLast(2).ToList();
        Assert.Equal([(EntityType.RollbackRequest, AuditAction.Execute), (EntityType.ChangeRequest, AuditAction.Update)], entries.Select(e => (e.EntityType, e.Action)));
    }

    private async Task<SpecificationHost> StartApprovalHostAsync()
    {
        Skip.If(SkipReason is not null, SkipReason);
        var host = StartHost();
        await using (var work = await host.Store.BeginAsync())
        {
            if (work is not IApprovalUnitOfWork)
            {
                await host.DisposeAsync();
                Skip.If(true, "The store does not hold change requests: its units of work do not implement IApprovalUnitOfWork.");
            }
        }

        return host;
    }

    private static ChangeRequest Change(SpecificationHost host, DateTimeOffset now) => new()
    {
        ChangeId = host.Ids.NewId(EntityType.ChangeRequest), Title = "Upgrade the ledger database", ChangeType = ChangeType.Upgrade, RiskLevel = RiskLevel.High,
        RequestingUser = "requester", CreatedAt = now, UpdatedAt = now,
    };

    private static RollbackRequest Rollback(SpecificationHost host, string changeId, DateTimeOffset now) => new()
    {
        RollbackId = host.Ids.NewId(EntityType.RollbackRequest), ChangeId = changeId, RequestingUser = "requester", CreatedAt = now,
    };

    /// <summary>A technician, an executive and an incident manager, registered by a seeded administrator.</summary>
    private static async Task<(string Technician, string Executive, string Manager)> ApproversAsync(SpecificationHost host)
    {
        var admin = await host.SeedAdministratorAsync();
        var register = host.Get<UserRegistration>();
        var suffix = host.Ids.NewId(EntityType.User);
        var technician = await register.RegisterAsync(admin, new UserRegistrationRequest { Name = "Tess Tech", Email = $"tess{suffix}@example.com", Role = "technical_support" });
        var executive = await register.RegisterAsync(admin, new UserRegistrationRequest { Name = "Eve Exec", Email = $"eve{suffix}@example.com", Role = "executive" });
        var manager = await register.RegisterAsync(admin, new UserRegistrationRequest { Name = "Ian Manager", Email = $"ian{suffix}@example.com", Role = "incident_manager" });
        return (technician.Value!, executive.Value!, manager.Value!);
    }

    /// <summary>A high-risk change requested by the technician, approved by the executive and started.</summary>
    private static async Task<string> ChangeThatRanAsync(SpecificationHost host, string technician, string executive)
    {
        var created = await host.Get<ChangeRequestCreation>().CreateAsync(technician, new ChangeRequestCreateRequest { Title = "Upgrade", ChangeType = "upgrade", RiskLevel = "high" });
        var approved = await host.Get<ChangeApproval>().ApproveAsync(executive, created.Value!);
        var started = await host.Get<ChangeExecution>().StartAsync(technician, created.Value!);
        Assert.True(started.Succeeded, $"{created} {approved} {started}");
        return created.Value!;
    }
}
