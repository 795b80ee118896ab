using IncidentCore.Hosting;

namespace IncidentCore.EntityFrameworkCore.Tests;

/// <summary>The approval domain's storage on the EF Core PostgreSQL provider, each test in a schema of its own.</summary>
public sealed class PostgreSqlApprovalStorageTests : ApprovalStorageTests, IDisposable
{
    private readonly List<(string Schema, string ConnectionString)> _schemas = [];

    protected override string? SkipReason => PostgreSqlDatabase.SkipReason;

    protected override EntityFrameworkStoreBuilder<HostDbContext> AddStore(IncidentCoreBuilder builder)
    {
        var schema = PostgreSqlDatabase.CreateSchemaWithTables();
        _schemas.Add(schema);
        return PostgreSqlDatabase.AddStore(builder, schema.ConnectionString);
    }

    public void Dispose()
    {
        foreach (var (schema, connectionString) in _schemas)
        {
            PostgreSqlDatabase.DropSchema(schema, connectionString);
        }
    }
}
