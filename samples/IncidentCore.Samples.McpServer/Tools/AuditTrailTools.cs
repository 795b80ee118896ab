using IncidentCore.Ports;
using IncidentCore.Procedures;
using IncidentCore.Samples.McpServer.Wire;

namespace IncidentCore.Samples.McpServer.Tools;

/// <summary>
/// read_audit_trail: reads the audit trail a page at a time. No tool writes it: every procedure audits itself.
/// </summary>
internal static class AuditTrailTools
{
    public const int MaximumPageSize = 100;

    public static IEnumerable<IncidentTool> All() => [ReadAuditTrail()];

    private static IncidentTool ReadAuditTrail() => new(
        "read_audit_trail",
        "Reads the audit trail, oldest first, a page at a time. Authorized: system_administrator.",
        readOnly: true,
        [
            new ToolField("skip", false, "Entries to skip; default 0.", ToolFieldKind.Integer),
            new ToolField("take", false, $"Entries to return, 1 to {MaximumPageSize}; default 20.", ToolFieldKind.Integer),
        ],
        async call =>
        {
            var skip = call.Arguments.Integer("skip", 0);
            var take = call.Arguments.Integer("take", 20);
            if (take is < 1 or > MaximumPageSize)
            {
                return ToolResults.InvalidArguments([new FieldError("take", "invalid", $"take must be between 1 and {MaximumPageSize}.")]);
            }

            await using var work = await call.Services.GetRequiredService<IUnitOfWorkFactory>().BeginAsync(call.CancellationToken);
            if (await ReadAccess.CheckAsync(work, call.ActorUserId, auditTrail: true, call.CancellationToken) is { } denied)
            {
                return ToolResults.Halted(denied);
            }

            var total = await work.AuditTrail.CountAsync(call.CancellationToken);
            var entries = await work.AuditTrail.ListAsync(skip, take, call.CancellationToken);
            return ToolResults.Success(new AuditTrailPage(total, skip, take, [.. entries.Select(AuditEntryRecord.From)]));
        });

    /// <summary>One page of the audit trail.</summary>
    private sealed record AuditTrailPage(long Total, int Skip, int Take, IReadOnlyList<AuditEntryRecord> Entries);
}
