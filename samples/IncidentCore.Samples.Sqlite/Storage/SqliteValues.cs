using System.Globalization;
using IncidentCore.Domain;
using Microsoft.Data.Sqlite;

namespace IncidentCore.Samples.Sqlite.Storage;

/// <summary>How values are written to and read from SQLite columns.</summary>
internal static class SqliteValues
{
    private const string TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    public static object OrNull(string? value) => value is null ? DBNull.Value : value;

    public static object OrNull(int? value) => value is null ? DBNull.Value : value.Value;

    public static object TimestampOrNull(DateTimeOffset? value) => value is null ? DBNull.Value : Timestamp(value.Value);

    public static object WireNameOrNull<TEnum>(TEnum? value, WireNameTable<TEnum> table)
        where TEnum : struct, Enum => value is null ? DBNull.Value : table.ToWireName(value.Value);

    /// <summary>UTC text with 100 ns precision, so nothing of the instant is lost.</summary>
    public static string Timestamp(DateTimeOffset value) => value.UtcDateTime.ToString(TimestampFormat, CultureInfo.InvariantCulture);

    public static DateTimeOffset ReadTimestamp(SqliteDataReader reader, int ordinal) =>
        new(DateTime.SpecifyKind(
            DateTime.ParseExact(reader.GetString(ordinal), TimestampFormat, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
            DateTimeKind.Utc));

    public static DateTimeOffset? ReadNullableTimestamp(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : ReadTimestamp(reader, ordinal);

    public static string? ReadNullable(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static int? ReadNullableInt(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetInt32(ordinal);

    public static TEnum? ReadNullableEnum<TEnum>(SqliteDataReader reader, int ordinal, WireNameTable<TEnum> table)
        where TEnum : struct, Enum => reader.IsDBNull(ordinal) ? null : ReadEnum(reader, ordinal, table);

    public static TEnum ReadEnum<TEnum>(SqliteDataReader reader, int ordinal, WireNameTable<TEnum> table)
        where TEnum : struct, Enum
    {
        var text = reader.GetString(ordinal);
        return table.TryParse(text, out var value)
            ? value
            : throw new InvalidDataException($"Column {reader.GetName(ordinal)} holds a value that is not one of: {table.AllowedValues}.");
    }
}
