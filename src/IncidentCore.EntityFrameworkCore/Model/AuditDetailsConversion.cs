using System.Text.Json;
using IncidentCore.Domain;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace IncidentCore.EntityFrameworkCore;

/// <summary>
/// An audit entry's changed fields and value changes stored as JSON arrays in text columns, in order. They never
/// hold a personal value (the procedures record only field names and enumeration or identifier values).
/// </summary>
internal static class AuditDetailsConversion
{
    public static ValueConverter<IReadOnlyList<string>, string> ChangedFields { get; } =
        new(value => WriteFields(value), json => ReadFields(json));

    public static ValueConverter<IReadOnlyList<AuditValueChange>, string> ValueChanges { get; } =
        new(value => WriteChanges(value), json => ReadChanges(json));

    public static ValueComparer<IReadOnlyList<string>> ChangedFieldsComparer { get; } = ListComparer<string>();

    public static ValueComparer<IReadOnlyList<AuditValueChange>> ValueChangesComparer { get; } = ListComparer<AuditValueChange>();

    private static string WriteFields(IReadOnlyList<string> value) => JsonSerializer.Serialize([.. value], AuditDetailsJson.Default.StringArray);

    private static IReadOnlyList<string> ReadFields(string json) => JsonSerializer.Deserialize(json, AuditDetailsJson.Default.StringArray) ?? [];

    private static string WriteChanges(IReadOnlyList<AuditValueChange> value) =>
        JsonSerializer.Serialize([.. value], AuditDetailsJson.Default.AuditValueChangeArray);

    private static IReadOnlyList<AuditValueChange> ReadChanges(string json) =>
        JsonSerializer.Deserialize(json, AuditDetailsJson.Default.AuditValueChangeArray) ?? [];

    private static ValueComparer<IReadOnlyList<T>> ListComparer<T>() =>
        new(
            (a, b) => ReferenceEquals(a, b) || (a != null && b != null && a.SequenceEqual(b)),
            list => list.Aggregate(0, (hash, item) => HashCode.Combine(hash, item)),
            list => list.ToArray());
}
