using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.Logging;

namespace IncidentCore.EntityFrameworkCore;

/// <summary>What every unit of work on one model shares: the error classifier, the unique field map, the compiled lookups, and the logger.</summary>
/// <param name="Model">The context's model, which the map and the compiled lookups are for.</param>
/// <param name="Classifier">The provider's error classifier.</param>
/// <param name="Fields">The record field of each unique index.</param>
/// <param name="Queries">The lookups, compiled for this model.</param>
/// <param name="Logger">The store's logger.</param>
/// <param name="SerializesWriters">
/// Whether the database runs one writing transaction at a time from its first statement to its commit (SQLite's
/// <c>BEGIN IMMEDIATE</c>, which EF Core's SQLite provider uses): audit entries then get their key in commit order
/// without the audit order lock, and the store skips that statement; and an actor guard is a read inside the
/// transaction rather than an update of the actor's row.
/// </param>
internal sealed record StoreServices(IModel Model, IDatabaseErrorClassifier Classifier, UniqueFieldMap Fields, CompiledQueries Queries, ILogger Logger, bool SerializesWriters);
