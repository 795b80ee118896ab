using IncidentCore.Domain;

namespace IncidentCore.Ports;

/// <summary>The one place new record ids come from. Stores that generate ids their own way replace it.</summary>
public interface IIdGenerator
{
    /// <summary>Returns a new, never-used id for a record of the given type.</summary>
    /// <param name="entityType">The kind of record.</param>
    /// <returns>The id: 1 to 64 letters, digits, '-', '_', '.' or ':'.</returns>
    string NewId(EntityType entityType);

    /// <summary>Returns a new, never-used audit entry id.</summary>
    /// <returns>The id.</returns>
    string NewAuditId();
}
