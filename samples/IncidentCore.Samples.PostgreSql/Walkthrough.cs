using System.Globalization;
using IncidentCore.Domain;
using IncidentCore.Domain.Normalization;
using IncidentCore.Ports;
using IncidentCore.Ports.Incidents;
using IncidentCore.Procedures;
using IncidentCore.Procedures.Incidents;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentCore.Samples.PostgreSql;

/// <summary>
/// A few procedures against the database, then its audit trail. Run twice, the second run finds the administrator,
/// Johnson LLC and the Ledger Service product already there (onboarding Johnson LLC again halts with "duplicate"), and
/// the numbered client, with an incident reported for it, continues from the clients already stored.
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

        Step("The system administrator adds the product Ledger Service and its production database (first run only)");
        var componentId = await LedgerDatabaseAsync(store);
        if (componentId is not null)
        {
            Console.WriteLine("   already in the database");
        }
        else
        {
            var productId = Report(await provider.GetRequiredService<ProductCreation>().CreateAsync(Admin, new ProductCreateRequest
            {
                ProductName = "Ledger Service",
                ProductType = "service",
            }));
            componentId = Report(await provider.GetRequiredService<ComponentCreation>().CreateAsync(Admin, new ComponentCreateRequest
            {
                ComponentName = "ledger-db",
                ComponentType = "database",
                Environment = "production",
                ProductId = productId,
            }));
        }

        Step($"The system administrator reports an incident on the ledger database for client number {number}");
        Report(await provider.GetRequiredService<IncidentReport>().ReportAsync(Admin, new IncidentReportRequest
        {
            Title = "Ledger slow to answer",
            Category = "performance",
            Severity = "P3",
            ImpactLevel = "medium",
            UrgencyLevel = "medium",
            ClientId = clientId,
            ComponentId = componentId,
            DetectionTimestamp = TimeProvider.System.GetUtcNow().AddMinutes(-5).ToString("O", CultureInfo.InvariantCulture),
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

    /// <summary>The id of the Ledger Service product's ledger-db component, or <see langword="null"/> before the first run adds it.</summary>
    private static async Task<string?> LedgerDatabaseAsync(IUnitOfWorkFactory store)
    {
        await using var work = (IIncidentUnitOfWork)await store.BeginAsync();
        var product = await work.Products.FindByNameAsync(UniqueKeys.ProductName("Ledger Service"));
        return product is null ? null : (await work.Components.FindByNameAsync(UniqueKeys.ComponentName(product.ProductId, "ledger-db")))?.ComponentId;
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
