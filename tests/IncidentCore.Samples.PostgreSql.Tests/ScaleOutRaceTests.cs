using IncidentCore.Domain.Normalization;
using Xunit;
using Xunit.Abstractions;

namespace IncidentCore.Samples.PostgreSql.Tests;

/// <summary>
/// Scale-out: two separate host processes over one PostgreSQL database race to onboard the same clients and register
/// the same users. The database's unique indexes decide every race; each record exists once, with one audit entry,
/// and every call that lost got the duplicate halt.
/// </summary>
public sealed class ScaleOutRaceTests(ITestOutputHelper output) : IDisposable
{
    private const int Count = 500;
    private const string Prefix = "RACE";
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(4);
    private string? _schema;

    [SkippableFact]
    public async Task Race_WhenTwoProcessesCreateTheSameRecords_EachRecordExistsOnceWithOneAuditEntryAndLosersGetDuplicate()
    {
        Skip.If(TestDatabase.SkipReason is not null, TestDatabase.SkipReason);
        (_schema, var connectionString) = TestDatabase.CreateSchema();

        using var first = BatchProcess.Launch(connectionString, Count, Prefix, workers: 4);
        using var second = BatchProcess.Launch(connectionString, Count, Prefix, workers: 4);
        await Task.WhenAll(first.Ready, second.Ready).WaitAsync(Timeout);
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

        // The database holds each record once, and each record has exactly one audit entry (no entry for a lost race).
        Assert.Equal(Count, await CountAsync(connectionString, $"SELECT count(*) FROM clients WHERE registration_number_key LIKE '{Prefix}-%'"));
        Assert.Equal(Count, await CountAsync(connectionString, $"SELECT count(*) FROM users WHERE email_key LIKE '%{UniqueKeys.Email($"@{Prefix.ToLowerInvariant()}.example")}'"));
        Assert.Equal(0, await CountAsync(connectionString,
            "SELECT count(*) FROM clients c WHERE (SELECT count(*) FROM audit_entries a WHERE a.entity_type = 'client' AND a.entity_id = c.client_id) <> 1"));
        Assert.Equal(0, await CountAsync(connectionString,
            "SELECT count(*) FROM users u WHERE (SELECT count(*) FROM audit_entries a WHERE a.entity_type = 'user' AND a.entity_id = u.user_id) <> 1"));
        Assert.Equal(Count, await CountAsync(connectionString, "SELECT count(*) FROM audit_entries WHERE entity_type = 'client'"));
        Assert.Equal(Count + 1, await CountAsync(connectionString, "SELECT count(*) FROM audit_entries WHERE entity_type = 'user'"));
    }

    public void Dispose()
    {
        if (_schema is not null)
        {
            TestDatabase.DropSchema(_schema);
        }
    }

    private static Task<long> CountAsync(string connectionString, string sql) => TestDatabase.CountAsync(connectionString, sql);
}
