using IncidentCore.Ports;
using IncidentCore.Procedures;
using IncidentCore.Samples.McpServer.Wire;

namespace IncidentCore.Samples.McpServer.Tools;

/// <summary>
/// read_audit_trail: reads the audit trail a page at a time by key (each page after the audit id the previous one
/// ended with). No tool writes it: every procedure audits itself.
/// </summary>
internal static class AuditTrailTools
{
    public const int MaximumPageSize = 100;

    public static IEnumerable<IncidentTool> All() => [ReadAuditTrail()];

    private static IncidentTool ReadAuditTrail() => new(
        "read_audit_trail",
        "Reads the audit trail, oldest first, a page at a time: pass the next_after of one page as after to get the next. "
        + "Authorized: system_administrator.",
        readOnly: true,
        [
            ToolField.Optional("after", "The audit id the previous page ended with (its next_after); omit to start at the first entry. An unknown id gives an empty page."),
            new ToolField("take", false, $"Entries to return, 1 to {MaximumPageSize}; default 20.", ToolFieldKind.Integer),
        ],
        async call =>
        {
            var after = call.Arguments.Text("after");
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

            // One entry more than the page tells whether another page follows.
            var total = await work.AuditTrail.CountAsync(call.CancellationToken);
            var entries = await work.AuditTrail.ListAsync(after, take + 1, call.CancellationToken);
            var page = entries.Take(take).ToList();
            var nextAfter = entries.Count > take ? page[^1].AuditId : null;
            return ToolResults.Success(new AuditTrailPage(total, after, take, [.. page.Select(AuditEntryRecord.From)], nextAfter));
        });

    /// <summary>One page of the audit trail; next_after is the after of the next page, null at the end of the trail.</summary>
    private sealed record AuditTrailPage(long Total, string? After, int Take, IReadOnlyList<AuditEntryRecord> Entries, string? NextAfter);
}
