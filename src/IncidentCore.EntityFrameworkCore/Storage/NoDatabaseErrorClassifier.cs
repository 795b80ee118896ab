using System.Data.Common;

namespace IncidentCore.EntityFrameworkCore;

/// <summary>The classifier used until the host registers one: it recognises nothing.</summary>
internal sealed class NoDatabaseErrorClassifier : IDatabaseErrorClassifier
{
    public static NoDatabaseErrorClassifier Instance { get; } = new();

    public DatabaseError Classify(DbException exception) => DatabaseError.Other;
}
