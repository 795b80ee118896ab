using IncidentCore.Domain.Normalization;
using Xunit;
using Xunit.Abstractions;

namespace IncidentCore.EntityFrameworkCore.Tests;

/// <summary>
/// Scale-out on the Entity Framework Core store: two separate host processes (the EF Core sample, its PostgreSQL
/// migrations applied at start) over one PostgreSQL database race to onboard the same clients and register the same
/// users. The database's unique indexes decide every race; each record exists once, with one audit entry, and every
/// call that lost got the duplicate halt.
/// </summary>
public sealed class ScaleOutRaceTests(ITestOutputHelper output) : IDisposable
{
    private const int Count = 500;
    private const string Prefix = "RACE";
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(4);
    private (string Schema, string ConnectionString)? _schema;

    [SkippableFact]
    public async Task Race_WhenTwoProcessesCreateTheSameRecords_EachRecordExistsOnceWithOneAuditEntryAndLosersGetDuplicate()
    {
        Skip.If(PostgreSqlDatabase.SkipReason is not null, PostgreSqlDatabase.SkipReason);
        _schema = PostgreSqlDatabase.CreateSchema();
        var connectionString = _schema.Value.ConnectionString;

        // The first process applies the migrations before the second one starts; then both wait for the signal.
        using var first = BatchProcess.Launch(connectionString, Count, Prefix, workers: 4);
        await first.Ready.WaitAsync(Timeout);
        using var second = BatchProcess.Launch(connectionString, Count, Prefix, workers: 4);
        await second.Ready.WaitAsync(Timeout);
        first.Start();
        second.Start();
        var exitCodes = await Task.WhenAll(first.WaitForExitAsync(Timeout), second.WaitForExitAsync(Timeout));

        Assert.True(exitCodes.All(code => code == 0), $"Exit codes {string.Join(", ", exitCodes)}. Errors:\n{first.Errors}\n{second.Errors}");
        var a = first.Summary();
        var b = second.Summary();
        output.WriteLine($"first process:  {first.Output.Trim()}");
        output.WriteLine($"second process: {second.Output.Trim()}");

        // Every call ended as succeeded or duplicate, and the two processes won each record exactly once between them.
        Assert.Equal(0, a["onboard_other"] + b["onboard_other"] + a["register_other"] + b["register_other"]);
        Assert.Equal(Count, a["onboard_succeeded"] + b["onboard_succeeded"]);
        Assert.Equal(Count, a["onboard_duplicate"] + b["onboard_duplicate"]);
        Assert.Equal(Count, a["register_succeeded"] + b["register_succeeded"]);
        Assert.Equal(Count, a["register_duplicate"] + b["register_duplicate"]);

        // The database holds each record once, each record has exactly one audit entry (none for a lost race), and the
        // outbox one message per record.
        Assert.Equal(Count, await CountAsync(connectionString, $"SELECT count(*) FROM incidentcore_clients WHERE registration_number_key LIKE '{Prefix}-%'"));
        Assert.Equal(Count, await CountAsync(connectionString, $"SELECT count(*) FROM incidentcore_users WHERE email_key LIKE '%{UniqueKeys.Email($"@{Prefix.ToLowerInvariant()}.example")}'"));
        Assert.Equal(0, await CountAsync(connectionString,
            "SELECT count(*) FROM incidentcore_clients c WHERE (SELECT count(*) FROM incidentcore_audit_entries a WHERE a.entity_type = 'client' AND a.entity_id = c.client_id) <> 1"));
        Assert.Equal(0, await CountAsync(connectionString,
            "SELECT count(*) FROM incidentcore_users u WHERE (SELECT count(*) FROM incidentcore_audit_entries a WHERE a.entity_type = 'user' AND a.entity_id = u.user_id) <> 1"));
        Assert.Equal(Count, await CountAsync(connectionString, "SELECT count(*) FROM incidentcore_audit_entries WHERE entity_type = 'client'"));
        Assert.Equal(Count + 1, await CountAsync(connectionString, "SELECT count(*) FROM incidentcore_audit_entries WHERE entity_type = 'user'"));
        Assert.Equal(Count, await CountAsync(connectionString, "SELECT count(*) FROM outbox_messages WHERE \"Topic\" = 'client.create'"));
    }

    public void Dispose()
    {
        if (_schema is { } schema)
        {
            PostgreSqlDatabase.DropSchema(schema.Schema, schema.ConnectionString);
        }
    }

    private static Task<long> CountAsync(string connectionString, string sql) => PostgreSqlDatabase.CountAsync(connectionString, sql);
}
