using System.Reflection;
using System.Text.Json;
using IncidentCore.Procedures;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace IncidentCore.Samples.McpServer.Tests.Support;

/// <summary>
/// Starts the built MCP server as a child process (<c>dotnet IncidentCore.Samples.McpServer.dll --actor-user-id …
/// --seed …</c>) and talks to it over stdio with the MCP C# SDK's client, as an agent host would.
/// </summary>
public sealed class McpServerSession : IAsyncDisposable
{
    private readonly string _folder;

    private McpServerSession(McpClient client, string folder)
    {
        Client = client;
        _folder = folder;
    }

    public McpClient Client { get; }

    public static string ServerAssembly { get; } =
        typeof(McpServerSession).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "McpServerAssembly").Value!;

    /// <summary>Starts a session acting as <paramref name="actorUserId"/> on the seed data, in memory or in a database file.</summary>
    public static async Task<McpServerSession> StartAsync(string actorUserId, string? databasePath = null, string? folder = null)
    {
        return await StartAsync(actorUserId, SeedData.Json, databasePath, folder);
    }

    /// <summary>Starts a session acting as <paramref name="actorUserId"/> in memory on the seed data with its products, components and incidents.</summary>
    public static Task<McpServerSession> StartWithIncidentsAsync(string actorUserId) =>
        StartAsync(actorUserId, SeedData.IncidentJson, databasePath: null, folder: null);

    /// <summary>Starts a session on a seed file of the given content.</summary>
    public static async Task<McpServerSession> StartAsync(string actorUserId, string seedJson, string? databasePath, string? folder)
    {
        folder ??= Directory.CreateTempSubdirectory("incidentcore-mcp-").FullName;
        Directory.CreateDirectory(folder);
        var seedPath = Path.Combine(folder, "seed.json");
        await File.WriteAllTextAsync(seedPath, seedJson);

        List<string> arguments = [ServerAssembly, "--actor-user-id", actorUserId, "--seed", seedPath];
        if (databasePath is not null)
        {
            arguments.AddRange(["--db", databasePath]);
        }

        var transport = new StdioClientTransport(new StdioClientTransportOptions
        {
            Name = "incidentcore",
            Command = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet",
            Arguments = arguments,
        });
        var client = await McpClient.CreateAsync(transport);
        return new McpServerSession(client, folder);
    }

    /// <summary>Calls a tool with arguments written as JSON, exactly as an agent would send them.</summary>
    public async Task<ToolOutcome> CallAsync(string tool, string argumentsJson)
    {
        using var document = JsonDocument.Parse(argumentsJson);
        var arguments = document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value.Clone());
        var result = await Client.CallToolAsync(tool, arguments);
        return new ToolOutcome(result.IsError == true, Parse(result));
    }

    /// <summary>Reads the whole audit trail, page by page (the session's actor must be a system administrator).</summary>
    public async Task<IReadOnlyList<JsonElement>> AuditEntriesAsync()
    {
        var entries = new List<JsonElement>();
        string? after = null;
        do
        {
            var page = await CallAsync("read_audit_trail", JsonSerializer.Serialize(new Dictionary<string, object?> { ["after"] = after, ["take"] = 100 }));
            Assert.False(page.IsError, page.Body.GetRawText());
            entries.AddRange(page.Body.GetProperty("entries").EnumerateArray());
            after = page.Body.GetProperty("next_after").GetString();
        }
        while (after is not null);

        return entries;
    }

    /// <summary>The audit entries written by tool calls, leaving out the seed file's import.</summary>
    public async Task<IReadOnlyList<JsonElement>> ToolAuditEntriesAsync() =>
        [.. (await AuditEntriesAsync()).Where(e => e.GetProperty("actor_user_id").GetString() != RegistryImport.ImportActorUserId)];

    public async ValueTask DisposeAsync()
    {
        await Client.DisposeAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A database file still closing; the temporary folder is left for the system to clear.
        }
    }

    private static JsonElement Parse(CallToolResult result)
    {
        var text = result.Content.OfType<TextContentBlock>().Single().Text;
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }
}
