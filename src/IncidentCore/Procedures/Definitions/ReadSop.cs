using IncidentCore.Domain;
using IncidentCore.Policy;

namespace IncidentCore.Procedures.Definitions;

/// <summary>
/// A read as data: the operation, how the record is found, and which client and vendor it belongs to for the
/// association rules. Reads are authorized like writes and never audited.
/// </summary>
/// <typeparam name="TRecord">The record read.</typeparam>
internal sealed class ReadSop<TRecord>
    where TRecord : class
{
    private SopDefinition? _definition;

    public required Operation Operation { get; init; }

    public required EntityType EntityType { get; init; }

    public required string IdField { get; init; }

    public required RecordLookup<TRecord> Find { get; init; }

    /// <summary>What the actor asks, with the client and vendor the record belongs to.</summary>
    public TargetOf<TRecord>? Target { get; init; }

    /// <summary>The same, when finding the client or vendor needs the store (an incident's vendor is its component's product's).</summary>
    public TargetResolver<TRecord>? ResolveTarget { get; init; }

    public SopDefinition Definition => _definition ??= new SopDefinition(Operation, SopKind.Read, EntityType, IdField, []);
}
