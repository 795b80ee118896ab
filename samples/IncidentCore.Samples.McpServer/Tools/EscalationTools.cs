using IncidentCore.Policy;
using IncidentCore.Procedures.Definitions;
using IncidentCore.Procedures.Incidents;
using IncidentCore.Samples.McpServer.Wire;

namespace IncidentCore.Samples.McpServer.Tools;

/// <summary>
/// Escalation tools: create_escalation, resolve_escalation and cancel_escalation, their arguments from the SOP
/// definitions. The escalating user is always the session's actor.
/// </summary>
internal static class EscalationTools
{
    public static IEnumerable<IncidentTool> All() => [CreateEscalation(), ResolveEscalation(), CancelEscalation()];

    private static IncidentTool CreateEscalation() => new(
        "create_escalation",
        "Escalation: escalates an incident that is not closed to an active user other than the session's user who fits the level (management: incident_manager "
        + "or executive; executive: executive; technical: technical_support or system_administrator; vendor: a vendor_contact of the vendor supporting the "
        + "incident's component), at most one active escalation per level; returns its escalation_id. "
        + "Authorized: incident_manager, technical_support, executive; an account_manager for its assigned client's incidents.",
        readOnly: false,
        SopToolFields.Inputs(SopCatalog.For(Operation.EscalationCreate)),
        async call =>
        {
            var result = await call.Services.GetRequiredService<EscalationCreation>().EscalateAsync(
                call.ActorUserId, call.Arguments.Request<EscalationCreateRequest>(), call.CancellationToken);
            return result.Succeeded ? ToolResults.Success(new { escalation_id = result.Value }) : ToolResults.Halted(result.Halt);
        });

    private static IncidentTool ResolveEscalation()
    {
        var sop = SopCatalog.For(Operation.EscalationResolve);
        return new(
            "resolve_escalation",
            "Resolves an active escalation (final) and returns it. Authorized: the escalation's target, incident_manager, executive.",
            readOnly: false,
            [SopToolFields.Id(sop)],
            async call =>
            {
                var result = await call.Services.GetRequiredService<EscalationClosing>().ResolveAsync(
                    call.ActorUserId, call.Arguments.Text(sop.IdField)!, call.CancellationToken);
                return result.Succeeded ? ToolResults.Success(EscalationRecord.From(result.Value)) : ToolResults.Halted(result.Halt);
            });
    }

    private static IncidentTool CancelEscalation()
    {
        var sop = SopCatalog.For(Operation.EscalationCancel);
        return new(
            "cancel_escalation",
            "Cancels an active escalation (final) and returns it. Authorized: the escalation's target, incident_manager, executive.",
            readOnly: false,
            [SopToolFields.Id(sop)],
            async call =>
            {
                var result = await call.Services.GetRequiredService<EscalationClosing>().CancelAsync(
                    call.ActorUserId, call.Arguments.Text(sop.IdField)!, call.CancellationToken);
                return result.Succeeded ? ToolResults.Success(EscalationRecord.From(result.Value)) : ToolResults.Halted(result.Halt);
            });
    }
}
