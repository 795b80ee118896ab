namespace IncidentCore.Samples.McpServer.Tools;

/// <summary>A tool call after its arguments were checked: the session's actor, the arguments, the services.</summary>
internal sealed record ToolCall(string ActorUserId, ToolArguments Arguments, IServiceProvider Services, CancellationToken CancellationToken);
