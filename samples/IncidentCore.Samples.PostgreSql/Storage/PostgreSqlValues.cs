using IncidentCore.Domain;
using Npgsql;
using NpgsqlTypes;

namespace IncidentCore.Samples.PostgreSql.Storage;

/// <summary>How values are written to and read from PostgreSQL columns.</summary>
internal static class PostgreSqlValues
{
    public static void AddText(this NpgsqlParameterCollection parameters, string name, string? value) =>
        parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.Text) { Value = value is null ? DBNull.Value : value });

    public static void AddBigint(this NpgsqlParameterCollection parameters, string name, long value) =>
        parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.Bigint) { Value = value });

    /// <summary>A timestamp as UTC ticks, so nothing of the instant is lost.</summary>
    public static void AddTicks(this NpgsqlParameterCollection parameters, string name, DateTimeOffset value) =>
        parameters.AddBigint(name, value.UtcTicks);

    public static void AddInteger(this NpgsqlParameterCollection parameters, string name, int? value) =>
        parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.Integer) { Value = value is null ? DBNull.Value : value.Value });

    /// <summary>A timestamp that may be absent, as UTC ticks or NULL.</summary>
    public static void AddNullableTicks(this NpgsqlParameterCollection parameters, string name, DateTimeOffset? value) =>
        parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.Bigint) { Value = value is null ? DBNull.Value : value.Value.UtcTicks });

    public static string? WireNameOrNull<TEnum>(TEnum? value, WireNameTable<TEnum> table)
        where TEnum : struct, Enum => value is null ? null : table.ToWireName(value.Value);

    public static void AddJson(this NpgsqlParameterCollection parameters, string name, string json) =>
        parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.Jsonb) { Value = json });

    public static DateTimeOffset ReadTicks(NpgsqlDataReader reader, int ordinal) => new(reader.GetInt64(ordinal), TimeSpan.Zero);

    public static DateTimeOffset? ReadNullableTicks(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : ReadTicks(reader, ordinal);

    public static string? ReadNullable(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static int? ReadNullableInt(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetInt32(ordinal);

    public static TEnum? ReadNullableEnum<TEnum>(NpgsqlDataReader reader, int ordinal, WireNameTable<TEnum> table)
        where TEnum : struct, Enum => reader.IsDBNull(ordinal) ? null : ReadEnum(reader, ordinal, table);

    public static TEnum ReadEnum<TEnum>(NpgsqlDataReader reader, int ordinal, WireNameTable<TEnum> table)
        where TEnum : struct, Enum
    {
        var text = reader.GetString(ordinal);
        return table.TryParse(text, out var value)
            ? value
            : throw new InvalidDataException($"Column {reader.GetName(ordinal)} holds a value that is not one of: {table.AllowedValues}.");
    }
}
