using System.Data.Common;

namespace IncidentCore.EntityFrameworkCore;

/// <summary>
/// The provider-specific part of the store: tells a unique violation (and a lost race) from any other database
/// error. The package depends on no provider; the host registers the classifier of its provider
/// (<c>IncidentCore.EntityFrameworkCore.Sqlite</c>, <c>IncidentCore.EntityFrameworkCore.PostgreSql</c>, or its own).
/// Without one, a unique violation at commit is not recognised and the procedure halts with <c>storage_failure</c>
/// instead of <c>duplicate</c> (the procedures' own uniqueness reads still find every duplicate that is not a race).
/// </summary>
public interface IDatabaseErrorClassifier
{
    /// <summary>Classifies an error the provider threw while saving.</summary>
    /// <param name="exception">The provider's exception (the inner exception of EF Core's <c>DbUpdateException</c>, or thrown directly).</param>
    /// <returns>What it means; <see cref="DatabaseError.Other"/> for anything not recognised.</returns>
    DatabaseError Classify(DbException exception);
}
