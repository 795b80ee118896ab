using System.Globalization;
using IncidentCore.Domain;
using IncidentCore.Ports;
using IncidentCore.Procedures;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentCore.Samples.PostgreSql;

/// <summary>
/// A few procedures against the database, then its audit trail. Run twice, the second run finds the administrator and
/// Johnson LLC already there (onboarding Johnson LLC again halts with "duplicate"), and the numbered client continues
/// from the clients already stored.
/// </summary>
internal static class Walkthrough
{
    public static async Task<int> RunAsync(CommandLine options)
    {
        var services = new ServiceCollection();
        services.AddIncidentCore().UsePostgreSqlStore(options.ConnectionString);
        await using var provider = services.BuildServiceProvider();

        var store = provider.GetRequiredService<IUnitOfWorkFactory>();
        var onboarding = provider.GetRequiredService<ClientOnboarding>();
        var registration = provider.GetRequiredService<UserRegistration>();
        const string Admin = Administrator.UserId;

        Step("The first system administrator (brought in through the registry import on the first run only)");
        Console.WriteLine(await Administrator.EnsureAsync(provider) ? "   created" : "   already in the database");

        Step("The system administrator onboards Johnson LLC (the second run halts: it is already there)");
        Report(await onboarding.OnboardAsync(Admin, new ClientOnboardingRequest
        {
            ClientName = "Johnson LLC",
            RegistrationNumber = "REG-1001",
            ContactEmail = "contact@johnsonllc",
            ClientType = "mid_market",
            Country = "Czech Republic",
            Industry = "Retail",
        }));

        int clientCount;
        await using (var work = await store.BeginAsync())
        {
            clientCount = (await work.Clients.ListAsync(0, int.MaxValue)).Count;
        }

        var number = clientCount.ToString("D3", CultureInfo.InvariantCulture);
        Step($"The system administrator onboards client number {number} (numbering continues from the clients stored)");
        var clientId = Report(await onboarding.OnboardAsync(Admin, new ClientOnboardingRequest
        {
            ClientName = $"Client {number}",
            RegistrationNumber = $"REG-P-{number}",
            ContactEmail = $"contact{number}@clients.example",
            ClientType = "startup",
        }));

        Step($"The system administrator registers an account manager for client number {number}");
        Report(await registration.RegisterAsync(Admin, new UserRegistrationRequest
        {
            Name = $"Account Manager {number}",
            Email = $"manager{number}@example.com",
            Role = "account_manager",
            ClientId = clientId,
            Timezone = "CET",
        }));

        Step("The audit trail, oldest first (ids, actions, outcomes and field names; never an email, name or phone)");
        await using (var work = await store.BeginAsync())
        {
            foreach (var entry in await work.AuditTrail.ListAsync(null, 200))
            {
                var values = string.Join(", ", entry.ValueChanges.Select(v => $"{v.Field}: {v.OldValue ?? "-"} -> {v.NewValue ?? "-"}"));
                Console.WriteLine($"  {entry.CreatedAt:yyyy-MM-dd HH:mm:ss} {entry.Action.ToWireName(),-6} {entry.EntityType.ToWireName(),-6} {entry.EntityId ?? "-",-32} by {entry.ActorUserId,-32} {entry.Outcome.ToWireName(),-9} ({entry.Reason})");
                Console.WriteLine($"       fields: {string.Join(", ", entry.ChangedFields)}{(values.Length > 0 ? $" | {values}" : "")}");
            }

            Console.WriteLine();
            Console.WriteLine($"The database holds {(await work.Clients.ListAsync(0, int.MaxValue)).Count} clients, "
                + $"{(await work.Users.ListAsync(0, int.MaxValue)).Count} users and {await work.AuditTrail.CountAsync()} audit entries. Run again to add more.");
        }

        return 0;
    }

    private static void Step(string title)
    {
        Console.WriteLine();
        Console.WriteLine($"== {title}");
    }

    private static string? Report<T>(SopResult<T> result)
    {
        if (result.Succeeded)
        {
            Console.WriteLine($"   succeeded: {(result.Value is string id ? $"id {id}" : "record updated")}");
            return result.Value as string;
        }

        Console.WriteLine($"   halted: {result.Halt.CodeName} - {result.Halt.Message}");
        foreach (var error in result.Halt.Errors)
        {
            Console.WriteLine($"     {error.Field}: {error.Message}");
        }

        return null;
    }
}
