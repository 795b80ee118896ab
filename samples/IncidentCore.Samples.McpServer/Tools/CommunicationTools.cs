using IncidentCore.Policy;
using IncidentCore.Procedures.Definitions;
using IncidentCore.Procedures.Incidents;
using IncidentCore.Samples.McpServer.Wire;

namespace IncidentCore.Samples.McpServer.Tools;

/// <summary>
/// Communication tools: record_communication and update_communication_delivery, their arguments from the SOP
/// definitions. The sender is always the session's actor; a communication carries no message text.
/// </summary>
internal static class CommunicationTools
{
    public static IEnumerable<IncidentTool> All() => [RecordCommunication(), UpdateCommunicationDelivery()];

    private static IncidentTool RecordCommunication() => new(
        "record_communication",
        "Records a communication about an incident, sent by the session's user, to a recipient_id (a user allowed to read the incident) or a recipient_type "
        + "(at least one), and returns its communication_id. Authorized: incident_manager, technical_support; an account_manager for its assigned client's "
        + "incidents; a vendor_contact for incidents on its vendor's products. A refusal never tells whether the incident exists.",
        readOnly: false,
        SopToolFields.Inputs(SopCatalog.For(Operation.CommunicationRecord)),
        async call =>
        {
            var result = await call.Services.GetRequiredService<CommunicationRecording>().RecordAsync(
                call.ActorUserId, call.Arguments.Request<CommunicationRecordRequest>(), call.CancellationToken);
            return result.Succeeded ? ToolResults.Success(new { communication_id = result.Value }) : ToolResults.Halted(result.Halt);
        });

    private static IncidentTool UpdateCommunicationDelivery()
    {
        var sop = SopCatalog.For(Operation.CommunicationDeliveryUpdate);
        return new(
            "update_communication_delivery",
            "Moves a communication's delivery status (pending → sent → delivered, or to failed from pending or sent; sent_at is set when it first leaves pending) "
            + "and returns the communication. Authorized: its sender, incident_manager, technical_support.",
            readOnly: false,
            [SopToolFields.Id(sop), SopToolFields.Input(sop, "delivery_status", isRequired: true)],
            async call =>
            {
                var result = await call.Services.GetRequiredService<CommunicationDeliveryUpdate>().UpdateAsync(
                    call.ActorUserId, call.Arguments.Text(sop.IdField)!, call.Arguments.Text("delivery_status")!, call.CancellationToken);
                return result.Succeeded ? ToolResults.Success(CommunicationRecord.From(result.Value)) : ToolResults.Halted(result.Halt);
            });
    }
}
