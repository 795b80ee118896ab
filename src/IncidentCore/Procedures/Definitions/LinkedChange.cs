using IncidentCore.Domain;

namespace IncidentCore.Procedures.Definitions;

/// <summary>A change an update staged on another record in its commit, audited as an update of that record.</summary>
/// <param name="EntityType">The other record's kind.</param>
/// <param name="EntityId">The other record's id.</param>
/// <param name="ChangedFields">The fields changed.</param>
/// <param name="ValueChanges">Their old → new values (enumerations and ids only).</param>
internal sealed record LinkedChange(EntityType EntityType, string EntityId, IReadOnlyList<string> ChangedFields, IReadOnlyList<AuditValueChange> ValueChanges);
