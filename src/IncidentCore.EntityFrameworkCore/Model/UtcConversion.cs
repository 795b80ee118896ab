using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace IncidentCore.EntityFrameworkCore;

/// <summary>
/// Keeps every timestamp in UTC both ways: the provider's own date-time type is used (TEXT with 100 ns on SQLite,
/// <c>timestamp with time zone</c> with microseconds on PostgreSQL), and values read back have offset zero.
/// </summary>
internal static class UtcConversion
{
    public static ValueConverter<DateTimeOffset, DateTimeOffset> Converter { get; } =
        new(value => value.ToUniversalTime(), value => value.ToUniversalTime());
}
