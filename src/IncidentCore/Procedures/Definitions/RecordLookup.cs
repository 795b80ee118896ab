using IncidentCore.Ports;

namespace IncidentCore.Procedures.Definitions;

/// <summary>Finds a record in a unit of work by an id or a unique key.</summary>
/// <typeparam name="TRecord">The record.</typeparam>
/// <param name="work">The unit of work.</param>
/// <param name="key">The id, or the key as made by the field's key function.</param>
/// <param name="cancellationToken">Cancels the call.</param>
/// <returns>The record, or <see langword="null"/>.</returns>
internal delegate ValueTask<TRecord?> RecordLookup<TRecord>(IUnitOfWork work, string key, CancellationToken cancellationToken)
    where TRecord : class;
