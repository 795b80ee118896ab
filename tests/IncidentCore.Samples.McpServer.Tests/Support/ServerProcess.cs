using System.Diagnostics;

namespace IncidentCore.Samples.McpServer.Tests.Support;

/// <summary>Runs the built server with stdin closed, for start-up checks that end before serving.</summary>
public static class ServerProcess
{
    /// <summary>Runs the server with the arguments; returns its exit code and what it wrote to stderr.</summary>
    public static async Task<(int ExitCode, string Error)> RunAsync(params string[] arguments)
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
