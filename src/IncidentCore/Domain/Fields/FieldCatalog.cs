namespace IncidentCore.Domain.Fields;

/// <summary>The fields of one kind of record, in the order the domain lists them.</summary>
internal sealed class FieldCatalog
{
    private readonly Dictionary<string, FieldDefinition> _byName;

    /// <summary>Creates a catalog.</summary>
    /// <param name="entityType">The kind of record.</param>
    /// <param name="fields">Its fields.</param>
    public FieldCatalog(EntityType entityType, params FieldDefinition[] fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        EntityType = entityType;
        Fields = fields;
        _byName = fields.ToDictionary(f => f.WireName, StringComparer.Ordinal);
    }

    /// <summary>The kind of record.</summary>
    public EntityType EntityType { get; }

    /// <summary>Every field.</summary>
    public IReadOnlyList<FieldDefinition> Fields { get; }

    /// <summary>Finds a field by its exact wire name.</summary>
    /// <param name="wireName">The wire name.</param>
    /// <returns>The field, or <see langword="null"/> when the record has no such field.</returns>
    public FieldDefinition? Find(string wireName) =>
        wireName is not null && _byName.TryGetValue(wireName, out var field) ? field : null;
}
