using IncidentCore.Domain;
using IncidentCore.Policy;

namespace IncidentCore.Procedures.Definitions;

/// <summary>
/// An SOP as data: its operation, what it does to which kind of record, and its inputs. Hosts read it to build request
/// schemas; the library runs every SOP from its definition through one pipeline.
/// </summary>
public sealed class SopDefinition
{
    internal SopDefinition(Operation operation, SopKind kind, EntityType entityType, string idField, IReadOnlyList<SopFieldDefinition> fields)
    {
        Operation = operation;
        Kind = kind;
        EntityType = entityType;
        IdField = idField;
        Fields = fields;
    }

    /// <summary>The operation the policy governs.</summary>
    public Operation Operation { get; }

    /// <summary>Create, update or read.</summary>
    public SopKind Kind { get; }

    /// <summary>The kind of record.</summary>
    public EntityType EntityType { get; }

    /// <summary>The wire name of the record's id (for an update or a read: the input naming the record).</summary>
    public string IdField { get; }

    /// <summary>The inputs (for an update: the fields a change set may set), in the order they are listed.</summary>
    public IReadOnlyList<SopFieldDefinition> Fields { get; }

    /// <summary>Finds an input by its wire name.</summary>
    /// <param name="name">The wire name.</param>
    /// <returns>The input, or <see langword="null"/>.</returns>
    public SopFieldDefinition? Find(string name)
    {
        foreach (var field in Fields)
        {
            if (string.Equals(field.Name, name, StringComparison.Ordinal))
            {
                return field;
            }
        }

        return null;
    }
}
