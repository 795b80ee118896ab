namespace IncidentCore.Samples.EntityFrameworkCore.Data;

/// <summary>A table of the host's own, which lived in its database before IncidentCore came.</summary>
public sealed class Ticket
{
    public long Id { get; set; }

    public required string Title { get; set; }

    public string? ClientId { get; set; }
}
