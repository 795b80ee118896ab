using IncidentCore.Domain;

namespace IncidentCore.Samples.McpServer.Wire;

/// <summary>Parses an enumeration's wire name, failing with the field and the allowed values.</summary>
internal static class WireValue
{
    public static TEnum Parse<TEnum>(WireNameTable<TEnum> table, string value, string field)
        where TEnum : struct, Enum =>
        table.TryParse(value, out var parsed)
            ? parsed
            : throw new FormatException($"{field} must be one of: {table.AllowedValues}.");
}
