namespace IncidentCore.Domain;

/// <summary>
/// An old and new value recorded in an audit entry. Only fields classified as enumerations or identifiers
/// (role, status, types, links) are ever recorded this way; personal and free-text fields never are.
/// </summary>
/// <param name="Field">The field's wire name.</param>
/// <param name="OldValue">The value before the change, in wire form; <see langword="null"/> when there was none.</param>
/// <param name="NewValue">The value after the change, in wire form; <see langword="null"/> when cleared.</param>
public sealed record AuditValueChange(string Field, string? OldValue, string? NewValue);
