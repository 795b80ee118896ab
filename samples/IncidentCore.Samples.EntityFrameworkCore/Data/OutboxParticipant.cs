using IncidentCore.Domain;
using IncidentCore.EntityFrameworkCore;

namespace IncidentCore.Samples.EntityFrameworkCore.Data;

/// <summary>
/// Writes one outbox message per change IncidentCore commits, in the same transaction: the message exists exactly
/// when the change does. Denied and halted calls commit no change, so they write no message.
/// </summary>
/// <typeparam name="TContext">The provider's context.</typeparam>
public sealed class OutboxParticipant<TContext>(TimeProvider time) : IIncidentCoreCommitParticipant<TContext>
    where TContext : AppDbContext
{
    public ValueTask OnCommittingAsync(TContext context, IncidentCoreCommit commit, CancellationToken cancellationToken)
    {
        foreach (var entry in commit.AuditEntries)
        {
            if (entry.Outcome == AuditOutcome.Succeeded && entry.EntityId is { } entityId)
            {
                context.OutboxMessages.Add(new OutboxMessage
                {
                    Topic = $"{entry.EntityType.ToWireName()}.{entry.Action.ToWireName()}",
                    EntityId = entityId,
                    CreatedAt = time.GetUtcNow(),
                });
            }
        }

        return ValueTask.CompletedTask;
    }
}
