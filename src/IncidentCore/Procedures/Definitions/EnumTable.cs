using System.Runtime.CompilerServices;
using IncidentCore.Domain;

namespace IncidentCore.Procedures.Definitions;

/// <summary>An enumeration's wire names seen without its type, so that one field shape serves every enumeration.</summary>
internal abstract class EnumTable
{
    public abstract IReadOnlyList<string> WireNames { get; }

    public abstract string AllowedValues { get; }

    public abstract bool TryParse(string wireName, out int value);

    public abstract string WireName(int value);

    public static EnumTable Of<TEnum>(WireNameTable<TEnum> table)
        where TEnum : struct, Enum => new Typed<TEnum>(table);

    private sealed class Typed<TEnum>(WireNameTable<TEnum> table) : EnumTable
        where TEnum : struct, Enum
    {
        public override IReadOnlyList<string> WireNames => table.WireNames;

        public override string AllowedValues => table.AllowedValues;

        public override bool TryParse(string wireName, out int value)
        {
            var ok = table.TryParse(wireName, out var parsed);
            value = Unsafe.As<TEnum, int>(ref parsed);
            return ok;
        }

        public override string WireName(int value) => table.ToWireName(Unsafe.As<int, TEnum>(ref value));
    }
}
