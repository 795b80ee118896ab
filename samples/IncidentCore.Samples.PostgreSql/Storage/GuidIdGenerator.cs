using IncidentCore.Domain;
using IncidentCore.Ports;

namespace IncidentCore.Samples.PostgreSql.Storage;

/// <summary>
/// Ids that no other process or machine will ever produce: time-ordered GUIDs (version 7) as 32 hex digits, so ids
/// listed in order are roughly in creation order.
/// </summary>
public sealed class GuidIdGenerator : IIdGenerator
{
    /// <inheritdoc />
    public string NewId(EntityType entityType) => Guid.CreateVersion7().ToString("N");

    /// <inheritdoc />
    public string NewAuditId() => Guid.CreateVersion7().ToString("N");
}
