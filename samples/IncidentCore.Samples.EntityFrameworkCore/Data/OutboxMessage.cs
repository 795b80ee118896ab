namespace IncidentCore.Samples.EntityFrameworkCore.Data;

/// <summary>A message to publish once the change it reports has committed; written in the same transaction as the change.</summary>
public sealed class OutboxMessage
{
    public long Id { get; set; }

    public required string Topic { get; set; }

    public required string EntityId { get; set; }

    public required DateTimeOffset CreatedAt { get; set; }
}
