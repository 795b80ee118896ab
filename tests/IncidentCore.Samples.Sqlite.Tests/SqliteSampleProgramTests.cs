using System.Diagnostics;
using Xunit;

namespace IncidentCore.Samples.Sqlite.Tests;

/// <summary>The SQLite sample program, run as a host would run it: twice against one database file.</summary>
public sealed class SqliteSampleProgramTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    [Fact]
    public async Task Run_WhenRunTwiceOnOneFile_SecondRunFindsTheFirstRunsData()
    {
        var database = _folder.NewDatabasePath();

        var first = await RunAsync(database);
        var second = await RunAsync(database);

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("The database holds 2 clients, 2 users and 7 audit entries.", first.Output, StringComparison.Ordinal);
        Assert.Contains("already in the database", second.Output, StringComparison.Ordinal);
        Assert.Equal(2, second.Output.Split('\n').Count(line => line.Contains("already in the database", StringComparison.Ordinal)));
        Assert.Contains("halted: duplicate", second.Output, StringComparison.Ordinal);
        Assert.Contains("The database holds 3 clients, 3 users and 10 audit entries.", second.Output, StringComparison.Ordinal);
        Assert.Equal(10, second.Output.Split('\n').Count(line => line.StartsWith("       fields: ", StringComparison.Ordinal)));
        Assert.Equal(2, second.Output.Split('\n').Count(line => line.Contains("create incident ", StringComparison.Ordinal) && line.Contains(" succeeded ", StringComparison.Ordinal)));
        Assert.DoesNotContain("Ledger slow", second.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("ada@example.com", second.Output, StringComparison.OrdinalIgnoreCase);
    }

    public void Dispose() => _folder.Dispose();

    private static async Task<(int ExitCode, string Output)> RunAsync(string database)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "IncidentCore.Samples.Sqlite.dll"));
        start.ArgumentList.Add("--db");
        start.ArgumentList.Add(database);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await errors);
    }
}
