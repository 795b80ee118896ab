using IncidentCore.Domain.Approvals;
using IncidentCore.Procedures;
using IncidentCore.Procedures.Approvals;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentCore.Samples.EntityFrameworkCore;

/// <summary>
/// The approval domain on the same context: the administrator requests a standard low-risk change (pre-approved by the
/// approval table, so it needs no approver), starts it and completes it. Each run adds one more change request.
/// </summary>
internal static class ApprovalSteps
{
    public static async Task RunAsync(IServiceProvider provider)
    {
        var created = await provider.GetRequiredService<ChangeRequestCreation>().CreateAsync(Administrator.UserId, new ChangeRequestCreateRequest
        {
            Title = "Rotate the ledger's certificates", ChangeType = "standard", RiskLevel = "low",
        });
        if (!created.Succeeded)
        {
            Console.WriteLine($"   halted: {created.Halt.CodeName} - {created.Halt.Message}");
            return;
        }

        var execution = provider.GetRequiredService<ChangeExecution>();
        Report(await provider.GetRequiredService<ChangeRequestRead>().ReadAsync(Administrator.UserId, created.Value));
        Report(await execution.StartAsync(Administrator.UserId, created.Value));
        Report(await execution.CompleteAsync(Administrator.UserId, created.Value));
    }

    private static void Report(SopResult<ChangeRequest> result) =>
        Console.WriteLine(result.Succeeded
            ? $"   change {result.Value.ChangeId}: {result.Value.Status.ToWireName()} (version {result.Value.Version})"
            : $"   halted: {result.Halt.CodeName} - {result.Halt.Message}");
}
