namespace IncidentCore.EntityFrameworkCore.Tests;

/// <summary>A row of the host's own: a message to publish once the change it reports has committed.</summary>
public sealed class OutboxMessage
{
    public long Id { get; set; }

    public required string Topic { get; set; }

    public required string EntityId { get; set; }
}
