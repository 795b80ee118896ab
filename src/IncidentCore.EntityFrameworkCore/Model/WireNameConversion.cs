using IncidentCore.Domain;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace IncidentCore.EntityFrameworkCore;

/// <summary>Stores enumerations as their wire names (<c>mid_market</c>, <c>on_leave</c>), as the samples and the audit trail do.</summary>
internal static class WireNameConversion
{
    public static ValueConverter<TEnum, string> For<TEnum>(WireNameTable<TEnum> table)
        where TEnum : struct, Enum =>
        new(value => table.ToWireName(value), text => Parse(table, text));

    private static TEnum Parse<TEnum>(WireNameTable<TEnum> table, string text)
        where TEnum : struct, Enum =>
        table.TryParse(text, out var value)
            ? value
            : throw new InvalidDataException($"A {typeof(TEnum).Name} column holds a value that is not one of: {table.AllowedValues}.");
}
