using IncidentCore.Domain;
using IncidentCore.Procedures;
using IncidentCore.Procedures.Approvals;

namespace IncidentCore.Verification.Tests.Approvals;

/// <summary>One call of an approval procedure on a prepared store: what it prepares (without faults) and the call itself.</summary>
internal sealed record ApprovalFaultScenario(string Name, Func<ApprovalWorld, Task<Prepared>> Prepare, Func<ApprovalWorld, Prepared, Task<Halt?>> Run)
{
    public override string ToString() => Name;
}

/// <summary>The records a scenario prepared: the change and the rollback it acts on (either may be absent).</summary>
internal sealed record Prepared(string? ChangeId, string? RollbackId)
{
    public IEnumerable<string> Changes => ChangeId is null ? [] : [ChangeId];

    public IEnumerable<string> Rollbacks => RollbackId is null ? [] : [RollbackId];
}

/// <summary>Every approval procedure's success path, plus a denial and a duplicate, for the fault-injection tests.</summary>
internal static class ApprovalFaultScenarios
{
    private static readonly string Technician = ApprovalWorld.UserOf(UserRole.TechnicalSupport);
    private static readonly string Manager = ApprovalWorld.UserOf(UserRole.IncidentManager);
    private static readonly string Executive = ApprovalWorld.UserOf(UserRole.Executive);
    private static readonly string Administrator = ApprovalWorld.UserOf(UserRole.SystemAdministrator);

    public static IReadOnlyList<ApprovalFaultScenario> All { get; } =
    [
        new("change_request_create succeeds", static _ => Task.FromResult(new Prepared(null, null)),
            static async (w, _) => (await w.Changes.CreateAsync(Technician, Change("normal", "low"))).Halt),
        new("change_request_create approved on request succeeds", static _ => Task.FromResult(new Prepared(null, null)),
            static async (w, _) => (await w.Changes.CreateAsync(Executive, Change("upgrade", "high"))).Halt),
        new("change_approve succeeds", static w => RequestedAsync(w, "normal", "high"),
            static async (w, p) => (await w.ChangeApproval.ApproveAsync(Executive, p.ChangeId!)).Halt),
        new("change_approve by a role the rule does not name is denied", static w => RequestedAsync(w, "normal", "high"),
            static async (w, p) => (await w.ChangeApproval.ApproveAsync(Manager, p.ChangeId!)).Halt),
        new("change_reject succeeds", static w => RequestedAsync(w, "normal", "low"),
            static async (w, p) => (await w.ChangeApproval.RejectAsync(Manager, p.ChangeId!, "clashes with the release")).Halt),
        new("change_schedule succeeds", static w => ApprovedAsync(w),
            static async (w, p) => (await w.Scheduling.ScheduleAsync(Technician, p.ChangeId!, "2025-09-26T08:00:00Z", "2025-09-26T09:00:00Z")).Halt),
        new("change_start succeeds", static w => ApprovedAsync(w),
            static async (w, p) => (await w.ChangeExecution.StartAsync(Administrator, p.ChangeId!)).Halt),
        new("change_complete succeeds", static w => RanAsync(w),
            static async (w, p) => (await w.ChangeExecution.CompleteAsync(Technician, p.ChangeId!)).Halt),
        new("change_fail succeeds", static w => RanAsync(w),
            static async (w, p) => (await w.ChangeExecution.FailAsync(Technician, p.ChangeId!)).Halt),
        new("change_request_read succeeds", static w => RequestedAsync(w, "normal", "low"),
            static async (w, p) => (await w.ChangeRead.ReadAsync(Manager, p.ChangeId!)).Halt),
        new("rollback_request_create succeeds", static w => RanAsync(w),
            static async (w, p) => (await w.Rollbacks.CreateAsync(Technician, new() { ChangeId = p.ChangeId })).Halt),
        new("rollback_request_create while one is open is a duplicate", static w => RollbackAsync(w),
            static async (w, p) => (await w.Rollbacks.CreateAsync(Technician, new() { ChangeId = p.ChangeId })).Halt),
        new("rollback_approve succeeds", static w => RollbackAsync(w),
            static async (w, p) => (await w.RollbackApproval.ApproveAsync(Manager, p.RollbackId!)).Halt),
        new("rollback_reject succeeds", static w => RollbackAsync(w),
            static async (w, p) => (await w.RollbackApproval.RejectAsync(Executive, p.RollbackId!)).Halt),
        new("rollback_start succeeds", static w => RollbackAsync(w, approve: true),
            static async (w, p) => (await w.RollbackExecution.StartAsync(Technician, p.RollbackId!)).Halt),
        new("rollback_complete succeeds", static w => RollbackAsync(w, approve: true, start: true),
            static async (w, p) => (await w.RollbackExecution.CompleteAsync(Technician, p.RollbackId!)).Halt),
        new("rollback_fail succeeds", static w => RollbackAsync(w, approve: true, start: true),
            static async (w, p) => (await w.RollbackExecution.FailAsync(Administrator, p.RollbackId!)).Halt),
        new("rollback_request_read succeeds", static w => RollbackAsync(w),
            static async (w, p) => (await w.RollbackRead.ReadAsync(Technician, p.RollbackId!)).Halt),
    ];

    /// <summary>The free text the scenarios send: never in a log line.</summary>
    public static IReadOnlyList<string> FreeText { get; } = ["Patch the ledger database", "clashes with the release"];

    private static ChangeRequestCreateRequest Change(string type, string risk) => new() { Title = "Patch the ledger database", ChangeType = type, RiskLevel = risk };

    private static async Task<Prepared> RequestedAsync(ApprovalWorld w, string type, string risk) =>
        new((await w.Changes.CreateAsync(Technician, Change(type, risk))).Value, null);

    private static async Task<Prepared> ApprovedAsync(ApprovalWorld w) =>
        new((await w.Changes.CreateAsync(Manager, Change("normal", "medium"))).Value, null);

    private static async Task<Prepared> RanAsync(ApprovalWorld w)
    {
        var prepared = await ApprovedAsync(w);
        await w.ChangeExecution.StartAsync(Technician, prepared.ChangeId!);
        return prepared;
    }

    private static async Task<Prepared> RollbackAsync(ApprovalWorld w, bool approve = false, bool start = false)
    {
        var change = await RanAsync(w);
        var rollback = (await w.Rollbacks.CreateAsync(Technician, new() { ChangeId = change.ChangeId })).Value!;
        if (approve)
        {
            await w.RollbackApproval.ApproveAsync(Executive, rollback);
        }

        if (start)
        {
            await w.RollbackExecution.StartAsync(Technician, rollback);
        }

        return new(change.ChangeId, rollback);
    }
}
