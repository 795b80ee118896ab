using IncidentCore.Policy;
using IncidentCore.Procedures.Pipeline;

namespace IncidentCore.Procedures.Definitions;

/// <summary>
/// Every SOP the library runs, as data a host can read: its operation, kind and inputs with their rules. Hosts build
/// request schemas (JSON, tool calls, forms) from these, so a new SOP reaches them without hand-written tables.
/// </summary>
public static class SopCatalog
{
    /// <summary>Client onboarding.</summary>
    public static SopDefinition ClientOnboarding => IncidentCore.Procedures.ClientOnboarding.Sop.Definition;

    /// <summary>Client update (the fields a change set may set).</summary>
    public static SopDefinition ClientUpdate => IncidentCore.Procedures.ClientUpdate.Sop.Definition;

    /// <summary>User registration.</summary>
    public static SopDefinition UserRegistration => IncidentCore.Procedures.UserRegistration.Sop.Definition;

    /// <summary>User update (the fields a change set may set).</summary>
    public static SopDefinition UserUpdate => IncidentCore.Procedures.UserUpdate.Sop.Definition;

    /// <summary>Vendor registration.</summary>
    public static SopDefinition VendorRegistration => IncidentCore.Procedures.VendorRegistration.Sop.Definition;

    /// <summary>Vendor update (the fields a change set may set).</summary>
    public static SopDefinition VendorUpdate => IncidentCore.Procedures.VendorUpdate.Sop.Definition;

    /// <summary>
    /// Every procedure the library registers: its public entry point, how it is made over the pipeline, and its
    /// definition. Adding an SOP adds one row here; the container registration reads this list.
    /// </summary>
    internal static IReadOnlyList<ProcedureRegistration> Registrations { get; } =
    [
        new(typeof(IncidentCore.Procedures.ClientOnboarding), p => new IncidentCore.Procedures.ClientOnboarding(p), () => [IncidentCore.Procedures.ClientOnboarding.Sop.Definition]),
        new(typeof(IncidentCore.Procedures.ClientUpdate), p => new IncidentCore.Procedures.ClientUpdate(p), () => [IncidentCore.Procedures.ClientUpdate.Sop.Definition]),
        new(typeof(IncidentCore.Procedures.UserRegistration), p => new IncidentCore.Procedures.UserRegistration(p), () => [IncidentCore.Procedures.UserRegistration.Sop.Definition]),
        new(typeof(IncidentCore.Procedures.UserUpdate), p => new IncidentCore.Procedures.UserUpdate(p), () => [IncidentCore.Procedures.UserUpdate.Sop.Definition]),
        new(typeof(IncidentCore.Procedures.VendorRegistration), p => new IncidentCore.Procedures.VendorRegistration(p), () => [IncidentCore.Procedures.VendorRegistration.Sop.Definition]),
        new(typeof(IncidentCore.Procedures.VendorUpdate), p => new IncidentCore.Procedures.VendorUpdate(p), () => [IncidentCore.Procedures.VendorUpdate.Sop.Definition]),
        new(typeof(IncidentCore.Procedures.ClientRead), p => new IncidentCore.Procedures.ClientRead(p), () => [IncidentCore.Procedures.ClientRead.Sop.Definition]),
        new(typeof(IncidentCore.Procedures.UserRead), p => new IncidentCore.Procedures.UserRead(p), () => [IncidentCore.Procedures.UserRead.Sop.Definition]),
        new(typeof(IncidentCore.Procedures.VendorRead), p => new IncidentCore.Procedures.VendorRead(p), () => [IncidentCore.Procedures.VendorRead.Sop.Definition]),
        new(typeof(Incidents.ProductCreation), p => new Incidents.ProductCreation(p), () => [Incidents.ProductCreation.Sop.Definition]),
        new(typeof(Incidents.ProductUpdate), p => new Incidents.ProductUpdate(p), () => [Incidents.ProductUpdate.Sop.Definition]),
        new(typeof(Incidents.ComponentCreation), p => new Incidents.ComponentCreation(p), () => [Incidents.ComponentCreation.Sop.Definition]),
        new(typeof(Incidents.ComponentUpdate), p => new Incidents.ComponentUpdate(p), () => [Incidents.ComponentUpdate.Sop.Definition]),
        new(typeof(Incidents.IncidentReport), p => new Incidents.IncidentReport(p), () => [Incidents.IncidentReport.Sop.Definition]),
        new(typeof(Incidents.IncidentUpdate), p => new Incidents.IncidentUpdate(p), () => [Incidents.IncidentUpdate.Sop.Definition]),
        new(typeof(Incidents.IncidentRead), p => new Incidents.IncidentRead(p), () => [Incidents.IncidentRead.Sop.Definition]),
        new(typeof(Incidents.ClientIncidentsList), p => new Incidents.ClientIncidentsList(p), () => [SopPipeline.ClientIncidentsSop]),
        new(typeof(Incidents.EscalationCreation), p => new Incidents.EscalationCreation(p), () => [Incidents.EscalationCreation.Sop.Definition]),
        new(typeof(Incidents.EscalationClosing), p => new Incidents.EscalationClosing(p),
            () => [Incidents.EscalationClosing.Resolve.Definition, Incidents.EscalationClosing.Cancel.Definition]),
        new(typeof(Incidents.CommunicationRecording), p => new Incidents.CommunicationRecording(p), () => [Incidents.CommunicationRecording.Sop.Definition]),
        new(typeof(Incidents.CommunicationDeliveryUpdate), p => new Incidents.CommunicationDeliveryUpdate(p), () => [Incidents.CommunicationDeliveryUpdate.Sop.Definition]),
        new(typeof(Incidents.PostIncidentReviews), p => new Incidents.PostIncidentReviews(p),
            () => [Incidents.PostIncidentReviews.Schedule.Definition, Incidents.PostIncidentReviews.Complete.Definition, Incidents.PostIncidentReviews.Cancel.Definition]),
        new(typeof(Approvals.ChangeRequestCreation), p => new Approvals.ChangeRequestCreation(p), () => [Approvals.ChangeRequestCreation.Sop.Definition]),
        new(typeof(Approvals.ChangeApproval), p => new Approvals.ChangeApproval(p), () => [Approvals.ChangeApproval.Approve.Definition, Approvals.ChangeApproval.Reject.Definition]),
        new(typeof(Approvals.ChangeScheduling), p => new Approvals.ChangeScheduling(p), () => [Approvals.ChangeScheduling.Sop.Definition]),
        new(typeof(Approvals.ChangeExecution), p => new Approvals.ChangeExecution(p),
            () => [Approvals.ChangeExecution.Start.Definition, Approvals.ChangeExecution.Complete.Definition, Approvals.ChangeExecution.Fail.Definition]),
        new(typeof(Approvals.ChangeRequestRead), p => new Approvals.ChangeRequestRead(p), () => [Approvals.ChangeRequestRead.Sop.Definition]),
        new(typeof(Approvals.RollbackRequestCreation), p => new Approvals.RollbackRequestCreation(p), () => [Approvals.RollbackRequestCreation.Sop.Definition]),
        new(typeof(Approvals.RollbackApproval), p => new Approvals.RollbackApproval(p), () => [Approvals.RollbackApproval.Approve.Definition, Approvals.RollbackApproval.Reject.Definition]),
        new(typeof(Approvals.RollbackExecution), p => new Approvals.RollbackExecution(p),
            () => [Approvals.RollbackExecution.Start.Definition, Approvals.RollbackExecution.Complete.Definition, Approvals.RollbackExecution.Fail.Definition]),
        new(typeof(Approvals.RollbackRequestRead), p => new Approvals.RollbackRequestRead(p), () => [Approvals.RollbackRequestRead.Sop.Definition]),
    ];

    /// <summary>Every SOP, one per operation.</summary>
    /// <remarks>
    /// The audit trail read and the registry import are not SOPs on a record and are not listed; incident_status_update
    /// is the operation incident update asks for when a change set only moves the status.
    /// </remarks>
    public static IReadOnlyList<SopDefinition> All { get; } = [.. Registrations.SelectMany(p => p.Definitions())];

    /// <summary>The SOP of an operation.</summary>
    /// <param name="operation">The operation.</param>
    /// <returns>Its definition.</returns>
    /// <exception cref="ArgumentOutOfRangeException">No SOP runs this operation.</exception>
    public static SopDefinition For(Operation operation)
    {
        foreach (var sop in All)
        {
            if (sop.Operation == operation)
            {
                return sop;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(operation), operation, "No SOP runs this operation.");
    }
}
