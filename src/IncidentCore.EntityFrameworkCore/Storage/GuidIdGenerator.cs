using IncidentCore.Domain;
using IncidentCore.Ports;

namespace IncidentCore.EntityFrameworkCore;

/// <summary>
/// Ids no other process or machine will produce: time-ordered GUIDs (version 7) as 32 hex digits, so ids listed in
/// order are roughly in creation order and B-tree inserts stay near the end of the index.
/// </summary>
internal sealed class GuidIdGenerator : IIdGenerator
{
    public string NewId(EntityType entityType) => Guid.CreateVersion7().ToString("N");

    public string NewAuditId() => Guid.CreateVersion7().ToString("N");
}
