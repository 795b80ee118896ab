using IncidentCore.Domain;
using IncidentCore.Domain.Approvals;
using IncidentCore.Procedures;
using IncidentCore.Tests.Support;

namespace IncidentCore.Tests.Approvals;

public sealed class ApprovalRaceTests
{
    [Fact]
    public async Task Decide_WhenTwoApproversDecideOneRequestAtOnce_ExactlyOneWinsWithOneDecisionEntry()
    {
        for (var round = 0; round < 20; round++)
        {
            await using var h = ApprovalHost.Create();
            var id = ResultAssert.Succeeded(await h.Changes.CreateAsync(Seed.TechnicalSupport, ApprovalHost.Change("normal", "medium")));
            using var start = new ManualResetEventSlim();
            var approve = Task.Run(async () =>
            {
                start.Wait();
                return await h.ChangeApproval.ApproveAsync(Seed.IncidentManager, id);
            });
            var decide = Task.Run(async () =>
            {
                start.Wait();
                return round % 2 == 0
                    ? await h.ChangeApproval.ApproveAsync(Seed.Executive, id)
                    : await h.ChangeApproval.RejectAsync(Seed.Executive, id);
            });
            start.Set();
            var results = await Task.WhenAll(approve, decide);

            var winner = Assert.Single(results, r => r.Succeeded);
            var loser = Assert.Single(results, r => !r.Succeeded);
            Assert.True(loser.Halt!.Code is HaltCode.Conflict || (loser.Halt.Code == HaltCode.ValidationFailed && loser.Halt.Errors.Single().Field == "status"), loser.Halt.ToString());
            Assert.Equal(winner.Value, await h.ChangeAsync(id));
            Assert.Single(await h.AuditOfAsync(EntityType.ChangeRequest, id), e => e.Action is AuditAction.Approve or AuditAction.Reject);
        }
    }

    [Fact]
    public async Task RollbackCreate_WhenEightCallersRaceForOneChange_ExactlyOneOpenRollbackIsCreated()
    {
        for (var round = 0; round < 10; round++)
        {
            await using var h = ApprovalHost.Create();
            var changeId = await h.ChangeInProgressAsync();
            using var start = new ManualResetEventSlim();
            var requesters = new[] { Seed.TechnicalSupport, Seed.IncidentManager, Seed.Executive, ApprovalHost.OtherExecutive };
            var tasks = Enumerable.Range(0, 8).Select(i => Task.Run(async () =>
            {
                start.Wait();
                return await h.Rollbacks.CreateAsync(requesters[i % requesters.Length], new() { ChangeId = changeId });
            })).ToArray();
            start.Set();
            var results = await Task.WhenAll(tasks);

            var id = Assert.Single(results, r => r.Succeeded).Value!;
            Assert.All(results.Where(r => !r.Succeeded), r => Assert.Equal(HaltCode.Duplicate, r.Halt!.Code));
            Assert.True((await h.RollbackAsync(id))!.IsOpen);
            Assert.Single(await h.Host.AuditAsync(), e => e.EntityType == EntityType.RollbackRequest && e.Action == AuditAction.Create && e.Outcome == AuditOutcome.Succeeded);
        }
    }
}
