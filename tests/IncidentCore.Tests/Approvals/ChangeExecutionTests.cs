using IncidentCore.Domain;
using IncidentCore.Domain.Approvals;
using IncidentCore.Procedures;
using IncidentCore.Tests.Support;

namespace IncidentCore.Tests.Approvals;

public sealed class ChangeExecutionTests
{
    private const string Start = "2025-09-26T08:00:00Z";
    private const string End = "2025-09-26T10:00:00Z";

    [Fact]
    public async Task Schedule_ThenStartAndComplete_SetsTheTimesFromTheClockAndAuditsEachStepAsExecute()
    {
        await using var h = ApprovalHost.Create();
        var id = ResultAssert.Succeeded(await h.Changes.CreateAsync(Seed.IncidentManager, ApprovalHost.Change("normal", "low")));

        var scheduled = ResultAssert.Succeeded(await h.Scheduling.ScheduleAsync(Seed.TechnicalSupport, id, Start, End));
        Assert.Equal((ChangeStatus.Scheduled, DateTimeOffset.Parse(Start, System.Globalization.CultureInfo.InvariantCulture)), (scheduled.Status, scheduled.ScheduledStartTime!.Value));
        h.Host.Time.Advance(TimeSpan.FromHours(20));
        var started = ResultAssert.Succeeded(await h.ChangeExecution.StartAsync(Seed.Admin, id));
        h.Host.Time.Advance(TimeSpan.FromHours(1));
        var completed = ResultAssert.Succeeded(await h.ChangeExecution.CompleteAsync(Seed.TechnicalSupport, id));

        Assert.Equal((ChangeStatus.InProgress, Seed.PolicyNow.AddHours(20)), (started.Status, started.ActualStartTime!.Value));
        Assert.Equal((ChangeStatus.Completed, Seed.PolicyNow.AddHours(21), Seed.PolicyNow.AddHours(20)), (completed.Status, completed.ActualEndTime!.Value, completed.ActualStartTime!.Value));
        var entries = await h.AuditOfAsync(EntityType.ChangeRequest, id);
        Assert.Equal([AuditAction.Create, AuditAction.Approve, AuditAction.Update, AuditAction.Execute, AuditAction.Execute], entries.Select(e => e.Action));
        Assert.Equal(["change_start.system_administrator", "change_complete.technical_support"], entries.Skip(3).Select(e => e.Reason));
        Assert.Contains(new AuditValueChange("status", "in_progress", "completed"), entries[^1].ValueChanges);
    }

    [Fact]
    public async Task Start_OfARequestedChange_HaltsNamingStatusUntilItIsApproved()
    {
        await using var h = ApprovalHost.Create();
        var id = ResultAssert.Succeeded(await h.Changes.CreateAsync(Seed.TechnicalSupport, ApprovalHost.Change("normal", "high")));

        ResultAssert.Halted(await h.ChangeExecution.StartAsync(Seed.TechnicalSupport, id), HaltCode.ValidationFailed, "status");
        ResultAssert.Halted(await h.Scheduling.ScheduleAsync(Seed.TechnicalSupport, id, Start, End), HaltCode.ValidationFailed, "status");
        ResultAssert.Succeeded(await h.ChangeApproval.ApproveAsync(Seed.Executive, id));

        Assert.Equal(ChangeStatus.InProgress, ResultAssert.Succeeded(await h.ChangeExecution.StartAsync(Seed.TechnicalSupport, id)).Status);
    }

    [Fact]
    public async Task Fail_OfAChangeInProgress_SetsTheEndTimeAndCompleteOrFailFromAnyOtherStatusNamesStatus()
    {
        await using var h = ApprovalHost.Create();
        var id = ResultAssert.Succeeded(await h.Changes.CreateAsync(Seed.Executive, ApprovalHost.Change("emergency", "high")));

        ResultAssert.Halted(await h.ChangeExecution.CompleteAsync(Seed.TechnicalSupport, id), HaltCode.ValidationFailed, "status");
        ResultAssert.Halted(await h.ChangeExecution.FailAsync(Seed.TechnicalSupport, id), HaltCode.ValidationFailed, "status");
        ResultAssert.Succeeded(await h.ChangeExecution.StartAsync(Seed.TechnicalSupport, id));
        var failed = ResultAssert.Succeeded(await h.ChangeExecution.FailAsync(Seed.TechnicalSupport, id));

        Assert.Equal((ChangeStatus.Failed, Seed.PolicyNow), (failed.Status, failed.ActualEndTime!.Value));
        ResultAssert.Halted(await h.ChangeExecution.StartAsync(Seed.TechnicalSupport, id), HaltCode.ValidationFailed, "status");
    }

    [Theory]
    [InlineData("2025-09-25T11:00:00Z", End, "scheduled_start_time")]
    [InlineData(Start, "2025-09-26T07:00:00Z", "scheduled_end_time")]
    [InlineData(Start, Start, "scheduled_end_time")]
    [InlineData(null, End, "scheduled_start_time")]
    [InlineData(Start, null, "scheduled_end_time")]
    [InlineData("next tuesday", End, "scheduled_start_time")]
    public async Task Schedule_WithAStartInThePastOrNotBeforeTheEnd_HaltsNamingTheTimeAndChangesNothing(string? start, string? end, string field)
    {
        await using var h = ApprovalHost.Create();
        var id = ResultAssert.Succeeded(await h.Changes.CreateAsync(Seed.Executive, ApprovalHost.Change("upgrade", "medium")));
        var before = await h.ChangeAsync(id);

        ResultAssert.Halted(await h.Scheduling.ScheduleAsync(Seed.TechnicalSupport, id, start, end), HaltCode.ValidationFailed, field);

        Assert.Equal(before, await h.ChangeAsync(id));
    }

    [Theory]
    [InlineData(Seed.IncidentManager)]
    [InlineData(Seed.Executive)]
    [InlineData(Seed.AccountManagerOfA)]
    public async Task ScheduleAndExecute_ByRolesOtherThanTechnicalSupportAndAdministrators_AreDenied(string actor)
    {
        await using var h = ApprovalHost.Create();
        var id = ResultAssert.Succeeded(await h.Changes.CreateAsync(Seed.Executive, ApprovalHost.Change("upgrade", "medium")));

        ResultAssert.Halted(await h.Scheduling.ScheduleAsync(actor, id, Start, End), HaltCode.Unauthorized);
        ResultAssert.Halted(await h.ChangeExecution.StartAsync(actor, id), HaltCode.Unauthorized);

        Assert.Equal(ChangeStatus.Approved, (await h.ChangeAsync(id))!.Status);
    }
}
