using IncidentCore.Domain;
using IncidentCore.Ports;
using Xunit;

namespace IncidentCore.Specification.Tests;

public abstract partial class IncidentStoreSpecificationTests
{
    /// <summary>A commit guarded on the actor at the version read, which is still the stored one, writes its record and audit entry.</summary>
    /// <returns>A task that completes when the fact has been checked.</returns>
    [SkippableFact]
    public async Task GuardActor_WhenActorUnchanged_CommitsTheWrite()
    {
        Skip.If(SkipReason is not null, SkipReason);
        await using var host = StartHost();
        var now = host.Time.GetUtcNow();
        var actor = await AddUserAsync(host, 1);
        var client = SpecificationRecords.Client(host.Ids.NewId(EntityType.Client), 1, now);
        var entry = SpecificationRecords.Audit(host.Ids.NewAuditId(), client.ClientId, actor.UserId, now);

        CommitResult result;
        await using (var work = await host.Store.BeginAsync())
        {
            var read = await work.Users.FindByIdAsync(actor.UserId);
            work.GuardActor(read!.UserId, read.Version);
            work.Clients.Add(client);
            work.AuditTrail.Append(entry);
            result = await work.CommitAsync();
        }

        Assert.Equal(CommitStatus.Committed, result.Status);
        Assert.Equal(client, await host.ReadAsync(work => work.Clients.FindByIdAsync(client.ClientId)));
        AuditAssert.Same(entry, Assert.Single(await host.AuditTrailAsync()));
        Assert.Equal(actor, await host.ReadAsync(work => work.Users.FindByIdAsync(actor.UserId)));
    }

    /// <summary>
    /// The actor is updated by another unit of work after it was read: the commit guarded on the version read is a
    /// conflict and writes nothing, neither the record nor the audit entry, and leaves the record's keys free.
    /// </summary>
    /// <returns>A task that completes when the fact has been checked.</returns>
    [SkippableFact]
    public async Task GuardActor_WhenActorUpdatedAfterRead_ReportsConflictAndWritesNothing()
    {
        Skip.If(SkipReason is not null, SkipReason);
        await using var host = StartHost();
        var now = host.Time.GetUtcNow();
        var actor = await AddUserAsync(host, 1);
        var client = SpecificationRecords.Client(host.Ids.NewId(EntityType.Client), 1, now);

        CommitResult result;
        await using (var work = await host.Store.BeginAsync())
        {
            var read = await work.Users.FindByIdAsync(actor.UserId);
            var demoted = await host.CommitAsync(other => other.Users.Update(actor with { Status = UserStatus.Inactive, Version = 2 }));
            Assert.True(demoted.IsCommitted, $"The concurrent update ended with {demoted.Status}.");

            work.GuardActor(read!.UserId, read.Version);
            work.Clients.Add(client);
            work.AuditTrail.Append(SpecificationRecords.Audit(host.Ids.NewAuditId(), client.ClientId, actor.UserId, now));
            result = await work.CommitAsync();
        }

        Assert.Equal(CommitResult.Conflict, result);
        Assert.Null(await host.ReadAsync(work => work.Clients.FindByIdAsync(client.ClientId)));
        Assert.Equal(0, await host.ReadAsync(work => work.AuditTrail.CountAsync()));
        Assert.Equal(2, (await host.ReadAsync(work => work.Users.FindByIdAsync(actor.UserId)))!.Version);
        var retry = await host.CommitAsync(work => work.Clients.Add(client));
        Assert.True(retry.IsCommitted, $"The keys of the refused commit were still held: {retry.Status} {retry.DuplicateField}.");
    }

    /// <summary>A guard on a user id that is not stored (at any version) is a conflict, and nothing is written.</summary>
    /// <returns>A task that completes when the fact has been checked.</returns>
    [SkippableFact]
    public async Task GuardActor_WhenActorDoesNotExist_ReportsConflict()
    {
        Skip.If(SkipReason is not null, SkipReason);
        await using var host = StartHost();
        var now = host.Time.GetUtcNow();
        var actor = await AddUserAsync(host, 1);
        var client = SpecificationRecords.Client(host.Ids.NewId(EntityType.Client), 1, now);

        var missing = await host.CommitAsync(work =>
        {
            work.GuardActor(host.Ids.NewId(EntityType.User), 1);
            work.Clients.Add(client);
            work.AuditTrail.Append(SpecificationRecords.Audit(host.Ids.NewAuditId(), client.ClientId, actor.UserId, now));
        });
        var wrongVersion = await host.CommitAsync(work =>
        {
            work.GuardActor(actor.UserId, actor.Version + 1);
            work.Clients.Add(client);
        });

        Assert.Equal(CommitResult.Conflict, missing);
        Assert.Equal(CommitResult.Conflict, wrongVersion);
        Assert.Null(await host.ReadAsync(work => work.Clients.FindByIdAsync(client.ClientId)));
        Assert.Equal(0, await host.ReadAsync(work => work.AuditTrail.CountAsync()));
    }

    /// <summary>
    /// The actor edits themself: the guard at the version read and the update to the next version are staged in one
    /// unit of work; both pass, and the stored version advances exactly once.
    /// </summary>
    /// <returns>A task that completes when the fact has been checked.</returns>
    [SkippableFact]
    public async Task GuardActor_WhenActorUpdatesThemself_CommitsAndAdvancesVersionOnce()
    {
        Skip.If(SkipReason is not null, SkipReason);
        await using var host = StartHost();
        var now = host.Time.GetUtcNow();
        var actor = await AddUserAsync(host, 1);
        var updated = actor with { Department = "Operations", Version = actor.Version + 1 };

        var result = await host.CommitAsync(work =>
        {
            work.GuardActor(actor.UserId, actor.Version);
            work.Users.Update(updated);
            work.AuditTrail.Append(UserUpdateEntry(host, actor.UserId, now));
        });
        var stale = await host.CommitAsync(work =>
        {
            work.GuardActor(actor.UserId, actor.Version);
            work.Users.Update(updated with { Department = "Finance" });
        });

        Assert.Equal(CommitStatus.Committed, result.Status);
        Assert.Equal(updated, await host.ReadAsync(work => work.Users.FindByIdAsync(actor.UserId)));
        Assert.Equal(1, await host.ReadAsync(work => work.AuditTrail.CountAsync()));
        Assert.Equal(CommitResult.Conflict, stale);
        Assert.Equal(updated, await host.ReadAsync(work => work.Users.FindByIdAsync(actor.UserId)));
    }

    /// <summary>
    /// Rounds of units of work racing with an update of the actor they guard: each guarded one reads the actor, guards
    /// on the version it read and adds a client with an audit entry, while one other unit of work updates the actor
    /// (with an audit entry of its own). In the committed order (the audit trail), every guarded commit that succeeded
    /// on the old version comes before the update, and every one that succeeded on the new version comes after it: no
    /// guarded commit succeeds once the version it read has moved.
    /// </summary>
    /// <returns>A task that completes when the fact has been checked.</returns>
    [SkippableFact]
    public async Task GuardActor_WhenActorUpdatedConcurrently_NoGuardedCommitSucceedsAfterTheVersionMoved()
    {
        Skip.If(SkipReason is not null, SkipReason);
        const int Rounds = 6;
        await using var host = StartHost();
        var now = host.Time.GetUtcNow();
        var actor = await AddUserAsync(host, 1);
        var guardedVersions = new Dictionary<string, long>(StringComparer.Ordinal);
        var updates = new List<(string AuditId, long From)>();
        var conflicts = 0;

        for (var round = 0; round < Rounds; round++)
        {
            var current = (await host.ReadAsync(work => work.Users.FindByIdAsync(actor.UserId)))!;
            var outcomes = await Race.RunAsync(Contenders, async i =>
            {
                await using var work = await host.Store.BeginAsync();
                var entry = SpecificationRecords.Audit(host.Ids.NewAuditId(), $"round-{round}-{i}", actor.UserId, now);
                if (i == 0)
                {
                    work.Users.Update(current with { Department = $"Department {round}", Version = current.Version + 1 });
                    work.AuditTrail.Append(UserUpdateEntry(host, actor.UserId, now) with { AuditId = entry.AuditId });
                    return (Entry: entry, Version: current.Version, Result: await work.CommitAsync());
                }

                var read = (await work.Users.FindByIdAsync(actor.UserId))!;

                // Lets the update run between this read and this commit, as it would between a procedure's authorization and its commit.
                await Task.Yield();
                var client = SpecificationRecords.Client(host.Ids.NewId(EntityType.Client), 1000 + (round * Contenders) + i, now);
                work.GuardActor(read.UserId, read.Version);
                work.Clients.Add(client);
                work.AuditTrail.Append(entry with { EntityId = client.ClientId });
                return (Entry: entry, Version: read.Version, Result: await work.CommitAsync());
            });

            Assert.True(outcomes[0].Result.IsCommitted, $"The update of the actor ended with {outcomes[0].Result.Status}.");
            updates.Add((outcomes[0].Entry.AuditId, current.Version));
            foreach (var outcome in outcomes.Skip(1))
            {
                if (outcome.Result.IsCommitted)
                {
                    guardedVersions.Add(outcome.Entry.AuditId, outcome.Version);
                }
                else
                {
                    Assert.Equal(CommitResult.Conflict, outcome.Result);
                    conflicts++;
                }
            }
        }

        var trail = await host.AuditTrailAsync(pageSize: 7);
        var position = trail.Select((entry, index) => (entry.AuditId, index)).ToDictionary(p => p.AuditId, p => p.index, StringComparer.Ordinal);
        Assert.Equal(Rounds + guardedVersions.Count, trail.Count);
        Assert.Equal(guardedVersions.Count, (await host.ReadAsync(work => work.Clients.ListAsync(0, 1000))).Count);
        Assert.Equal(Rounds * (Contenders - 1), guardedVersions.Count + conflicts);
        foreach (var (auditId, version) in guardedVersions)
        {
            // The guarded commit read version v: it must land after the update to v (if any) and before the update from v.
            foreach (var (updateId, from) in updates)
            {
                if (from == version)
                {
                    Assert.True(position[auditId] < position[updateId], $"A commit guarded on version {version} landed after the update from it.");
                }
                else if (from < version)
                {
                    Assert.True(position[auditId] > position[updateId], $"A commit guarded on version {version} landed before the update from version {from}.");
                }
            }
        }

        Assert.Equal(1 + Rounds, (await host.ReadAsync(work => work.Users.FindByIdAsync(actor.UserId)))!.Version);
    }

    private static async Task<User> AddUserAsync(SpecificationHost host, int n)
    {
        var user = SpecificationRecords.User(host.Ids.NewId(EntityType.User), n, host.Time.GetUtcNow());
        var result = await host.CommitAsync(work => work.Users.Add(user));
        Assert.True(result.IsCommitted, $"Adding the user ended with {result.Status}.");
        return user;
    }

    private static AuditEntry UserUpdateEntry(SpecificationHost host, string userId, DateTimeOffset now) =>
        SpecificationRecords.Audit(host.Ids.NewAuditId(), userId, userId, now) with
        {
            Action = AuditAction.Update,
            EntityType = EntityType.User,
            Reason = "system_administrator_may_update_users",
            ChangedFields = ["department"],
            ValueChanges = [],
        };
}
