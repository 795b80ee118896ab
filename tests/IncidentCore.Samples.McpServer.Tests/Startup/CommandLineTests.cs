using System.Diagnostics;
using IncidentCore.Samples.McpServer.Tests.Support;

namespace IncidentCore.Samples.McpServer.Tests.Startup;

public sealed class CommandLineTests
{
    [Fact]
    public async Task Start_WhenActorUserIdIsMissing_ExpectUsageAndExitCodeTwo()
    {
        var (exitCode, error) = await RunAsync("--seed", "data.json");

        Assert.Equal(2, exitCode);
        Assert.Contains("--actor-user-id is required", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_WhenSeedRecordHasUnknownFieldOrWrongEnum_ExpectRefusedBeforeServing()
    {
        var folder = Directory.CreateTempSubdirectory("incidentcore-mcp-seed-").FullName;
        try
        {
            var unknownField = Path.Combine(folder, "unknown.json");
            var wrongRole = Path.Combine(folder, "role.json");
            await File.WriteAllTextAsync(unknownField, """{"users":[{"user_id":"1","name":"A","email":"a@example.com","role":"system_administrator","password":"x"}]}""");
            await File.WriteAllTextAsync(wrongRole, """{"users":[{"user_id":"1","name":"A","email":"a@example.com","role":"admin"}]}""");

            var (unknownExit, unknownError) = await RunAsync("--actor-user-id", "1", "--seed", unknownField);
            var (roleExit, roleError) = await RunAsync("--actor-user-id", "1", "--seed", wrongRole);

            Assert.Equal(2, unknownExit);
            Assert.Contains("password", unknownError, StringComparison.Ordinal);
            Assert.Equal(2, roleExit);
            Assert.Contains("role must be one of", roleError, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<(int ExitCode, string Error)> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            RedirectStandardInput = true,
        };
        start.ArgumentList.Add(McpServerSession.ServerAssembly);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await error);
    }
}
