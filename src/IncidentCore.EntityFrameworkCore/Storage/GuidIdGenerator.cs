using System.Buffers.Binary;
using IncidentCore.Domain;
using IncidentCore.Ports;

namespace IncidentCore.EntityFrameworkCore;

/// <summary>
/// Ids no other process or machine will produce: time-ordered GUIDs (version 7) as 32 hex digits, so ids listed in
/// order are in creation order and B-tree inserts stay near the end of the index. Within one process every id is
/// greater than the one before, even within one millisecond (where version 7 alone orders at random): a client's
/// incidents, and an incident's escalations and communications, list by id in the order they were made.
/// </summary>
internal sealed class GuidIdGenerator : IIdGenerator
{
    private readonly Lock _gate = new();
    private UInt128 _last;

    public string NewId(EntityType entityType) => Next();

    public string NewAuditId() => Next();

    private string Next()
    {
        Span<byte> bytes = stackalloc byte[16];
        if (!Guid.CreateVersion7().TryWriteBytes(bytes, bigEndian: true, out _))
        {
            throw new InvalidOperationException("A GUID did not fit in 16 bytes.");
        }

        var value = BinaryPrimitives.ReadUInt128BigEndian(bytes);
        lock (_gate)
        {
            // In the same millisecond (or after the clock stepped back) the random bits may be smaller: count on instead.
            _last = value > _last ? value : _last + 1;
            value = _last;
        }

        return value.ToString("x32", System.Globalization.CultureInfo.InvariantCulture);
    }
}
