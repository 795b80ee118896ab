// An MCP tool server over IncidentCore, on stdio: agents call the policy's procedures as tools, and the library
// makes the policy hold whatever the agent sends. The acting user is fixed for the session on the command line.
using IncidentCore.Ports;
using IncidentCore.Procedures;
using IncidentCore.Samples.McpServer;
using IncidentCore.Samples.McpServer.Startup;
using IncidentCore.Samples.McpServer.Tools;
using Microsoft.Data.Sqlite;
using ModelContextProtocol.Protocol;

var arguments = ServerArguments.Parse(args, out var error);
if (arguments is null)
{
    Console.Error.WriteLine(error);
    Console.Error.WriteLine(ServerArguments.Usage);
    return 2;
}

SeedContent? seed;
try
{
    seed = arguments.SeedPath is null ? null : SeedFileReader.Read(arguments.SeedPath);
}
catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or System.Text.Json.JsonException or FormatException)
{
    Console.Error.WriteLine($"The seed file could not be read: {exception.Message}");
    return 2;
}

var builder = Host.CreateApplicationBuilder();

// stdout carries the protocol; every log line goes to stderr.
builder.Logging.ClearProviders();
builder.Logging.AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace);

var core = builder.Services.AddIncidentCore();
if (arguments.DatabasePath is { } databasePath)
{
    core.UseSqliteStore(new SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(databasePath) }.ToString());
}
else
{
    core.AddInMemoryStores();
    if (seed is not null)
    {
        SeedAwareIdGenerator.Register(builder.Services, seed.Registry);
    }
}

if (seed is { HoldsIncidentRecords: true })
{
    SeedRecordIds.Register(builder.Services);
}

builder.Services.AddSingleton<ApprovalStorage>();
builder.Services.AddSingleton(new SessionActor(arguments.ActorUserId));
builder.Services.AddSingleton<ToolCatalog>();
builder.Services
    .AddMcpServer(options =>
    {
        // The server reports the version of the IncidentCore package it runs on.
        options.ServerInfo = new Implementation { Name = "incidentcore", Version = typeof(IncidentCore.Procedures.ClientOnboarding).Assembly.GetName().Version!.ToString(3) };
        options.ServerInstructions =
            "Incident-management tools. Every call runs as the user this server was started for; the server checks role, status and client or vendor links itself. "
            + "A call either completes with its audit entry or halts with a code (validation_failed, unauthorized, not_found, duplicate, conflict, storage_failure) and changes nothing: tell the user why it halted.";
    })
    .WithStdioServerTransport()
    .WithListToolsHandler((context, _) =>
        ValueTask.FromResult(new ListToolsResult { Tools = context.Services!.GetRequiredService<ToolCatalog>().ProtocolTools }))
    .WithCallToolHandler((context, cancellationToken) =>
        context.Services!.GetRequiredService<ToolCatalog>().CallAsync(context.Params, cancellationToken));

using var host = builder.Build();

var logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("IncidentCore.Samples.McpServer");

// The seed's registry records go in through the library's registry import, into the in-memory store or the database alike.
if (seed is not null)
{
    var report = await SeedImport.RunAsync(host.Services.GetRequiredService<RegistryImport>(), seed.Registry, Console.Error, CancellationToken.None);
    if (!report.Succeeded)
    {
        return 2;
    }

    Log.SeedImported(logger, report.Imported, report.AlreadyPresent);
}

// The change and rollback tools are offered only on a store that holds change and rollback requests.
var approvalStorage = host.Services.GetRequiredService<ApprovalStorage>();
await approvalStorage.DetectAsync(host.Services.GetRequiredService<IUnitOfWorkFactory>(), CancellationToken.None);
if (!approvalStorage.IsHeld)
{
    Log.ApprovalToolsNotOffered(logger);
}

// Its products, components and incidents are created through the library's procedures, by the seed actor it names.
if (seed is { HoldsIncidentRecords: true })
{
    var created = await SeedProcedures.RunAsync(host.Services, seed, Console.Error, CancellationToken.None);
    if (created is null)
    {
        return 2;
    }

    Log.SeedRecordsCreated(logger, seed.SeedActorUserId!, created.Created, created.AlreadyPresent);
}

Log.Serving(logger, arguments.ActorUserId, arguments.DatabasePath is null ? "the in-memory store" : "SQLite");
await host.RunAsync();
return 0;
