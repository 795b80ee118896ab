namespace IncidentCore.Verification.Tests.Model;

/// <summary>
/// An input value with its known verdict, written by hand: whether the field accepts it, and if so what the record
/// stores (trimmed text, <c>+digits</c> phone, canonical time zone, the default for null).
/// </summary>
internal sealed record Sample(string? Raw, bool Valid, string? Stored)
{
    public static Sample Text(string raw) => new(raw, true, raw.Trim());

    public static Sample Exact(string? raw, string? stored) => new(raw, true, stored);

    public static Sample Bad(string? raw) => new(raw, false, null);

    public override string ToString() => Raw is null ? "null" : $"\"{string.Concat(Raw.Take(40).Select(c => char.IsControl(c) || c > '\u007E' ? $"\\u{(int)c:X4}" : c.ToString()))}\"{(Valid ? "" : "!")}";
}
