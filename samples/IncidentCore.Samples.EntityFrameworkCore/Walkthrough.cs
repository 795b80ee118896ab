using IncidentCore.Domain;
using IncidentCore.Ports;
using IncidentCore.Procedures;
using IncidentCore.Samples.EntityFrameworkCore.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentCore.Samples.EntityFrameworkCore;

/// <summary>
/// The host at work: its migrations applied, a ticket of its own saved through its context, a client onboarded
/// (with the outbox message its participant writes in the same transaction), a product, a component and an incident
/// reported, a pre-approved change requested, started and completed, a denied call (a denial entry, no message), then the audit trail and the outbox. Run twice: the data is
/// still there, the second onboarding halts with "duplicate", and a second incident is reported.
/// </summary>
internal static class Walkthrough
{
    public static async Task<int> RunAsync(CommandLine options)
    {
        var services = new ServiceCollection();
        Storage.Add(services, options);
        await using var provider = services.BuildServiceProvider();

        Step($"Migrations applied ({options.Provider}): the host's tables and IncidentCore's, one database");
        await Storage.MigrateAsync(provider);
        Console.WriteLine(await Administrator.EnsureAsync(provider) ? "   first system administrator created" : "   first system administrator already there");

        Step("The host saves a ticket of its own through its own context (IncidentCore is not involved)");
        await using (var scope = provider.CreateAsyncScope())
        {
            var context = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            context.Tickets.Add(new Ticket { Title = "Printer on fire" });
            await context.SaveChangesAsync();
            Console.WriteLine($"   {await context.Tickets.CountAsync()} tickets");
        }

        Step("The system administrator onboards Johnson LLC (the second run halts: it is already there)");
        var onboarding = provider.GetRequiredService<ClientOnboarding>();
        Report(await onboarding.OnboardAsync(Administrator.UserId, new ClientOnboardingRequest
        {
            ClientName = "Johnson LLC", RegistrationNumber = "REG-1001", ContactEmail = "contact@johnsonllc", ClientType = "mid_market",
        }));

        Step("The administrator adds a product and its component (found again on later runs) and reports an incident for Johnson LLC");
        await IncidentSteps.RunAsync(provider);

        Step("The administrator requests a standard low-risk change (pre-approved), starts it and completes it");
        await ApprovalSteps.RunAsync(provider);

        Step("An unknown actor tries the same: denied, audited, and no outbox message");
        Report(await onboarding.OnboardAsync("nobody", new ClientOnboardingRequest
        {
            ClientName = "Contoso", RegistrationNumber = "REG-2002", ContactEmail = "ops@contoso.example", ClientType = "startup",
        }));

        Step("The audit trail (every change and every denial, in commit order)");
        await using (var work = await provider.GetRequiredService<IUnitOfWorkFactory>().BeginAsync())
        {
            foreach (var entry in await work.AuditTrail.ListAsync(null, 100))
            {
                Console.WriteLine($"   {entry.Action.ToWireName()} {entry.EntityType.ToWireName()} {entry.EntityId ?? "-"} by {entry.ActorUserId}: {entry.Outcome.ToWireName()} ({entry.Reason})");
            }
        }

        Step("The outbox (one message per committed change, written in the change's transaction)");
        await using (var scope = provider.CreateAsyncScope())
        {
            foreach (var message in await scope.ServiceProvider.GetRequiredService<AppDbContext>().OutboxMessages.AsNoTracking().OrderBy(m => m.Id).ToListAsync())
            {
                Console.WriteLine($"   {message.Topic} {message.EntityId}");
            }
        }

        return 0;
    }

    private static void Step(string title) => Console.WriteLine($"\n== {title}");

    private static void Report(SopResult<string> result) =>
        Console.WriteLine(result.Succeeded ? $"   succeeded: {result.Value}" : $"   halted: {result.Halt.CodeName} - {result.Halt.Message}");
}
