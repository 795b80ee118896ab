using IncidentCore.Hosting;
using IncidentCore.Specification.Tests;

namespace IncidentCore.EntityFrameworkCore.Tests;

/// <summary>
/// The Entity Framework Core store on the EF Core PostgreSQL provider (Npgsql), held to the whole conformance suite,
/// each fact in a schema of its own. Without INCIDENTCORE_POSTGRES every fact is reported skipped, with a message
/// saying how to run them.
/// </summary>
public sealed class PostgreSqlStoreSpecificationTests : IncidentStoreSpecificationTests, IDisposable
{
    private readonly List<(string Schema, string ConnectionString)> _schemas = [];

    protected override string? SkipReason => PostgreSqlDatabase.SkipReason;

    protected override void AddStore(IncidentCoreBuilder builder)
    {
        var schema = PostgreSqlDatabase.CreateSchemaWithTables();
        _schemas.Add(schema);
        PostgreSqlDatabase.AddStore(builder, schema.ConnectionString);
    }

    public void Dispose()
    {
        foreach (var (schema, connectionString) in _schemas)
        {
            PostgreSqlDatabase.DropSchema(schema, connectionString);
        }
    }
}
