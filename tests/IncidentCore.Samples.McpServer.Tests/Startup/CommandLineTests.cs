using IncidentCore.Samples.McpServer.Tests.Support;

namespace IncidentCore.Samples.McpServer.Tests.Startup;

public sealed class CommandLineTests
{
    [Fact]
    public async Task Start_WhenActorUserIdIsMissing_ExpectUsageAndExitCodeTwo()
    {
        var (exitCode, error) = await ServerProcess.RunAsync("--seed", "data.json");

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

            var (unknownExit, unknownError) = await ServerProcess.RunAsync("--actor-user-id", "1", "--seed", unknownField);
            var (roleExit, roleError) = await ServerProcess.RunAsync("--actor-user-id", "1", "--seed", wrongRole);

            Assert.Equal(2, unknownExit);
            Assert.Contains("password", unknownError, StringComparison.Ordinal);
            Assert.Equal(2, roleExit);
            Assert.Contains("user 1: role invalid", roleError, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
