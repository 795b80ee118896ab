using IncidentCore.Hosting;
using IncidentCore.Specification.Tests;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentCore.Samples.PostgreSql.Tests;

/// <summary>
/// The PostgreSQL storage sample held to the whole storage conformance suite, each fact in a schema of its own.
/// Without INCIDENTCORE_POSTGRES every fact is reported skipped, with a message saying how to run them.
/// </summary>
public sealed class PostgreSqlStoreSpecificationTests : IncidentStoreSpecificationTests, IDisposable
{
    private readonly List<string> _schemas = [];

    protected override string? SkipReason => TestDatabase.SkipReason;

    protected override void AddStore(IncidentCoreBuilder builder)
    {
        var (schema, connectionString) = TestDatabase.CreateSchema();
        _schemas.Add(schema);
        builder.UsePostgreSqlStore(connectionString);
    }

    public void Dispose()
    {
        foreach (var schema in _schemas)
        {
            TestDatabase.DropSchema(schema);
        }
    }
}
