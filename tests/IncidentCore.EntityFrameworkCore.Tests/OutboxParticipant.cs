using IncidentCore.Domain;

namespace IncidentCore.EntityFrameworkCore.Tests;

/// <summary>The host's commit participant: one outbox message per succeeded audit entry of the commit.</summary>
public sealed class OutboxParticipant(ParticipantProbe probe) : IIncidentCoreCommitParticipant<HostDbContext>
{
    public async ValueTask OnCommittingAsync(HostDbContext context, IncidentCoreCommit commit, CancellationToken cancellationToken)
    {
        var call = probe.NextCall();
        foreach (var entry in commit.AuditEntries.Where(e => e.Outcome == AuditOutcome.Succeeded))
        {
            context.OutboxMessages.Add(new OutboxMessage { Topic = $"{entry.EntityType.ToWireName()}.{entry.Action.ToWireName()}", EntityId = entry.EntityId! });
        }

        if (probe.OnCall is { } onCall)
        {
            await onCall(call, context, commit, cancellationToken);
        }
    }
}
