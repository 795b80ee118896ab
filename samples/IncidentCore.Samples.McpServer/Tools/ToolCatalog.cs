using IncidentCore.Procedures;
using IncidentCore.Samples.McpServer.Startup;
using ModelContextProtocol.Protocol;

namespace IncidentCore.Samples.McpServer.Tools;

/// <summary>
/// Every tool of the server, and the one door calls come through: the tool is found, its arguments checked against
/// its schema, and it runs as the session's actor. A store that fails answers storage_failure, never a crash. The
/// change and rollback tools are offered when the store holds change and rollback requests.
/// </summary>
internal sealed class ToolCatalog(SessionActor actor, ApprovalStorage approvals, IServiceProvider services, ILogger<ToolCatalog> logger)
{
    private readonly Dictionary<string, IncidentTool> _tools =
        ClientTools.All().Concat(UserTools.All()).Concat(VendorTools.All()).Concat(AuditTrailTools.All()).Concat(IncidentDomainTools())
            .Concat(approvals.IsHeld ? ApprovalTools() : [])
            .ToDictionary(t => t.ProtocolTool.Name, StringComparer.Ordinal);

    public IList<Tool> ProtocolTools => [.. _tools.Values.Select(t => t.ProtocolTool)];

    public async ValueTask<CallToolResult> CallAsync(CallToolRequestParams? request, CancellationToken cancellationToken)
    {
        if (request is null || !_tools.TryGetValue(request.Name, out var tool))
        {
            return ToolResults.InvalidArguments([new FieldError("name", "unknown_tool", $"No such tool; the tools are: {string.Join(", ", _tools.Keys)}.")]);
        }

        var arguments = ToolArguments.Read(request.Arguments?.AsReadOnly(), tool.Fields);
        if (arguments.Errors.Count > 0)
        {
            Log.ArgumentsRefused(logger, tool.ProtocolTool.Name, arguments.Errors.Count);
            return ToolResults.InvalidArguments(arguments.Errors);
        }

        try
        {
            return await tool.Run(new ToolCall(actor.UserId, arguments, services, cancellationToken));
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Log.ToolFailed(logger, tool.ProtocolTool.Name, exception.GetType().Name);
            return ToolResults.Halted(new Halt(HaltCode.StorageFailure, "The store failed; nothing was changed. Try again later."));
        }
    }

    private static IEnumerable<IncidentTool> IncidentDomainTools() =>
        ProductTools.All().Concat(ComponentTools.All()).Concat(IncidentTools.All()).Concat(EscalationTools.All())
            .Concat(CommunicationTools.All()).Concat(PostIncidentReviewTools.All());

    private static IEnumerable<IncidentTool> ApprovalTools() =>
        ChangeRequestTools.All().Concat(ChangeExecutionTools.All()).Concat(RollbackRequestTools.All()).Concat(RollbackExecutionTools.All());
}
