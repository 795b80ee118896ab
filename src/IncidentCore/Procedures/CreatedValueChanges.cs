using System.Collections.ObjectModel;
using IncidentCore.Domain;

namespace IncidentCore.Procedures;

/// <summary>
/// The old → new values a creation audits for its type and status. There are only a few combinations and the lists
/// are read-only, so each is made once and shared by every audit entry that records it.
/// </summary>
/// <typeparam name="TType">The record's type enumeration.</typeparam>
/// <typeparam name="TStatus">The record's status enumeration.</typeparam>
internal sealed class CreatedValueChanges<TType, TStatus>
    where TType : struct, Enum
    where TStatus : struct, Enum
{
    private readonly Dictionary<(TType Type, TStatus Status), ReadOnlyCollection<AuditValueChange>> _byValues = [];

    public CreatedValueChanges(string typeField, WireNameTable<TType> types, WireNameTable<TStatus> statuses)
    {
        foreach (var type in types.Values)
        {
            foreach (var status in statuses.Values)
            {
                _byValues[(type, status)] = Array.AsReadOnly(
                [
                    new AuditValueChange(typeField, null, types.ToWireName(type)),
                    new AuditValueChange("status", null, statuses.ToWireName(status)),
                ]);
            }
        }
    }

    public IReadOnlyList<AuditValueChange> For(TType type, TStatus status) => _byValues[(type, status)];
}
