using IncidentCore.Ports;
using IncidentCore.Procedures;
using ModelContextProtocol.Protocol;

namespace IncidentCore.Samples.McpServer.Tools;

/// <summary>The shape every find_* tool shares: exactly one key, read access, then the record or not_found.</summary>
internal static class Lookup
{
    public static async ValueTask<CallToolResult> FindAsync<TRecord, TWire>(
        ToolCall call,
        string entity,
        Func<IUnitOfWork, ToolArguments, CancellationToken, ValueTask<TRecord?>> find,
        Func<TRecord, TWire> toWire)
        where TRecord : class
    {
        var keys = call.Arguments;
        var given = keys.GivenCount;
        if (given != 1)
        {
            return ToolResults.InvalidArguments([new FieldError("lookup", given == 0 ? "required" : "invalid", "Give exactly one of the lookup arguments.")]);
        }

        await using var work = await call.Services.GetRequiredService<IUnitOfWorkFactory>().BeginAsync(call.CancellationToken);
        if (await ReadAccess.CheckAsync(work, call.ActorUserId, auditTrail: false, call.CancellationToken) is { } denied)
        {
            return ToolResults.Halted(denied);
        }

        var record = await find(work, keys, call.CancellationToken);
        return record is null ? ToolResults.Halted(ReadAccess.NotFound(entity)) : ToolResults.Success(toWire(record));
    }
}
