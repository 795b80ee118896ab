using IncidentCore.Domain.Incidents;
using IncidentCore.Policy;
using IncidentCore.Procedures;
using IncidentCore.Procedures.Definitions;
using IncidentCore.Procedures.Incidents;
using IncidentCore.Procedures.Messages;
using IncidentCore.Samples.McpServer.Wire;

namespace IncidentCore.Samples.McpServer.Tools;

/// <summary>
/// Incident tools: report_incident, update_incident, get_incident and list_client_incidents, their arguments from the
/// SOP definitions. The reporter is always the session's actor.
/// </summary>
internal static class IncidentTools
{
    public const int MaximumPageSize = 100;

    public static IEnumerable<IncidentTool> All() => [ReportIncident(), UpdateIncident(), GetIncident(), ListClientIncidents()];

    private static IncidentTool ReportIncident() => new(
        "report_incident",
        "Incident report: reports an incident, open, with the session's user as its reporter, and returns its incident_id. Give a severity, or classification_flags "
        + "and let the library classify (P1 if a p1 flag is true, else P2, else P3, else P4); both must agree. "
        + "Authorized: incident_manager, technical_support, system_administrator, executive; a client_contact for its own client; "
        + "a vendor_contact on a component of a product its vendor supports.",
        readOnly: false,
        [.. SopToolFields.Inputs(SopCatalog.For(Operation.IncidentReport)), ClassificationFlags()],
        async call =>
        {
            var request = call.Arguments.Request<IncidentReportRequest>() with { ClassificationFlags = call.Arguments.Flags("classification_flags") };
            var result = await call.Services.GetRequiredService<IncidentReport>().ReportAsync(call.ActorUserId, request, call.CancellationToken);
            return result.Succeeded ? ToolResults.Success(new { incident_id = result.Value }) : ToolResults.Halted(result.Halt);
        });

    private static IncidentTool UpdateIncident()
    {
        var sop = SopCatalog.For(Operation.IncidentUpdate);
        return new(
            "update_incident",
            "Incident update: changes an incident's status (open → investigating → in_progress → resolved → closed; any earlier state may jump to resolved; "
            + "resolved → in_progress reopens; closed is final), assignee, severity, impact, urgency, title or category, writes one history row per changed field, "
            + "and returns the incident. Authorized: incident_manager, technical_support, executive; a vendor_contact of the incident's vendor may only move the "
            + "status to investigating, in_progress or resolved. A refusal never tells whether the incident exists.",
            readOnly: false,
            SopToolFields.Update(sop),
            async call =>
            {
                var result = await call.Services.GetRequiredService<IncidentUpdate>().UpdateAsync(
                    call.ActorUserId, call.Arguments.Text(sop.IdField)!, call.Arguments.ChangeSet("change_set"), call.CancellationToken);
                return result.Succeeded ? ToolResults.Success(IncidentRecord.From(result.Value)) : ToolResults.Halted(result.Halt);
            });
    }

    private static IncidentTool GetIncident()
    {
        var sop = SopCatalog.For(Operation.IncidentRead);
        return new(
            "get_incident",
            "Reads one incident by incident_id, with its history, escalations and communications. Authorized: every role but client_contact and vendor_contact; "
            + "a client_contact for its client's incidents; a vendor_contact for incidents on its vendor's products. A refusal never tells whether the incident exists.",
            readOnly: true,
            [SopToolFields.Id(sop)],
            async call =>
            {
                var result = await call.Services.GetRequiredService<IncidentRead>().ReadAsync(
                    call.ActorUserId, call.Arguments.Text(sop.IdField)!, call.CancellationToken);
                return result.Succeeded ? ToolResults.Success(IncidentDetailsRecord.From(result.Value)) : ToolResults.Halted(result.Halt);
            });
    }

    private static IncidentTool ListClientIncidents() => new(
        "list_client_incidents",
        "Lists a client's incidents in the order they were reported, a page at a time: pass the next_after of one page as after to get the next. "
        + "Authorized: every role but client_contact and vendor_contact; a client_contact for its own client. A refusal never tells whether the client exists.",
        readOnly: true,
        [
            ToolField.Required(SopCatalog.For(Operation.ClientIncidentsList).IdField, "The client whose incidents to list."),
            ToolField.Optional("after", "The incident_id the previous page ended with (its next_after); omit to start at the first incident."),
            new ToolField("take", false, $"Incidents to return, 1 to {MaximumPageSize}; default 20.", ToolFieldKind.Integer),
        ],
        async call =>
        {
            var clientId = call.Arguments.Text("client_id")!;
            var after = call.Arguments.Text("after");
            var take = call.Arguments.Integer("take", 20);
            if (take is < 1 or > MaximumPageSize)
            {
                return ToolResults.InvalidArguments([new FieldError("take", FieldErrorCodes.Invalid, $"take must be between 1 and {MaximumPageSize}.")]);
            }

            // One incident more than the page tells whether another page follows.
            var result = await call.Services.GetRequiredService<ClientIncidentsList>().ListAsync(call.ActorUserId, clientId, after, take + 1, call.CancellationToken);
            if (!result.Succeeded)
            {
                return ToolResults.Halted(result.Halt);
            }

            var page = result.Value.Take(take).ToList();
            var nextAfter = result.Value.Count > take ? page[^1].IncidentId : null;
            return ToolResults.Success(new IncidentPage(clientId, after, take, [.. page.Select(IncidentRecord.From)], nextAfter));
        });

    /// <summary>The classification flags the library knows, each raising the severity to its level when true.</summary>
    private static ToolField ClassificationFlags() => new(
        "classification_flags",
        false,
        "Instead of (or as well as) severity: the reporter's answers to the classification questions, flag name → true or false.",
        ToolFieldKind.Flags)
    {
        AllowsNull = true,
        Properties = [.. SeverityFlags.All.Select(f => new ToolField(f.Flag, false, $"{f.Flag}: true makes the incident at least {f.Severity.ToWireName()}.", ToolFieldKind.Flag))],
    };

    /// <summary>One page of a client's incidents; next_after is the after of the next page, null after the last incident.</summary>
    private sealed record IncidentPage(string ClientId, string? After, int Take, IReadOnlyList<IncidentRecord> Incidents, string? NextAfter);
}
