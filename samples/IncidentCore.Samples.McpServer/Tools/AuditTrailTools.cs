using IncidentCore.Procedures;
using IncidentCore.Procedures.Messages;
using IncidentCore.Samples.McpServer.Wire;

namespace IncidentCore.Samples.McpServer.Tools;

/// <summary>
/// read_audit_trail: reads the audit trail through the library's governed read, a page at a time by key (each page
/// after the audit id the previous one ended with). No tool writes it: every procedure audits itself.
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
                return ToolResults.InvalidArguments([new FieldError("take", FieldErrorCodes.Invalid, $"take must be between 1 and {MaximumPageSize}.")]);
            }

            // One entry more than the page tells whether another page follows.
            var result = await call.Services.GetRequiredService<AuditTrailRead>().ReadPageAsync(call.ActorUserId, after, take + 1, call.CancellationToken);
            if (!result.Succeeded)
            {
                return ToolResults.Halted(result.Halt);
            }

            var page = result.Value.Take(take).ToList();
            var nextAfter = result.Value.Count > take ? page[^1].AuditId : null;
            return ToolResults.Success(new AuditTrailPage(after, take, [.. page.Select(AuditEntryRecord.From)], nextAfter));
        });

    /// <summary>One page of the audit trail; next_after is the after of the next page, null at the end of the trail.</summary>
    private sealed record AuditTrailPage(string? After, int Take, IReadOnlyList<AuditEntryRecord> Entries, string? NextAfter);
}
