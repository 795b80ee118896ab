// IncidentCore on a SQLite file: a few procedures against a database that outlives the process.
// Run it twice: the second run finds the administrator, Johnson LLC and the Ledger Service product already there
// (onboarding Johnson LLC again halts with "duplicate"), and the numbered client, with an incident reported for it,
// continues from the clients already stored.
//
//   dotnet run --project samples/IncidentCore.Samples.Sqlite -- --db ./incidents.db
using System.Globalization;
using IncidentCore.Domain;
using IncidentCore.Domain.Normalization;
using IncidentCore.Ports;
using IncidentCore.Ports.Incidents;
using IncidentCore.Procedures;
using IncidentCore.Procedures.Incidents;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

var databasePath = "incidents.db";
for (var i = 0; i < args.Length; i++)
{
    if (args[i] == "--db" && i + 1 < args.Length)
    {
        databasePath = args[++i];
    }
    else
    {
        Console.Error.WriteLine("usage: IncidentCore.Samples.Sqlite [--db <path to the database file>]");
        return 2;
    }
}

var connectionString = new SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(databasePath) }.ToString();
Console.WriteLine($"Database: {Path.GetFullPath(databasePath)}");

var services = new ServiceCollection();
services.AddIncidentCore().UseSqliteStore(connectionString);
await using var provider = services.BuildServiceProvider();

var store = provider.GetRequiredService<IUnitOfWorkFactory>();
var onboarding = provider.GetRequiredService<ClientOnboarding>();
var registration = provider.GetRequiredService<UserRegistration>();
const string Admin = "admin";

Step("The first system administrator (created directly in the store on the first run only)");
await using (var work = await store.BeginAsync())
{
    if (await work.Users.FindByIdAsync(Admin) is not null)
    {
        Console.WriteLine("   already in the database");
    }
    else
    {
        var now = TimeProvider.System.GetUtcNow();
        work.Users.Add(new User
        {
            UserId = Admin,
            Name = "Ada Administrator",
            Email = "ada@example.com",
            Role = UserRole.SystemAdministrator,
            Department = "IT",
            CreatedAt = now,
            UpdatedAt = now,
        });
        work.AuditTrail.Append(new AuditEntry
        {
            AuditId = provider.GetRequiredService<IIdGenerator>().NewAuditId(),
            Action = AuditAction.Create,
            EntityType = EntityType.User,
            EntityId = Admin,
            ActorUserId = Admin,
            CreatedAt = now,
            Outcome = AuditOutcome.Succeeded,
            Reason = "bootstrap",
            ChangedFields = ["name", "email", "role", "department", "timezone", "status"],
            ValueChanges = [new AuditValueChange("role", null, "system_administrator"), new AuditValueChange("status", null, "active")],
        });
        var commit = await work.CommitAsync();
        Console.WriteLine(commit.IsCommitted ? "   created" : $"   not created: {commit.Status}");
    }
}

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
    RegistrationNumber = $"REG-S-{number}",
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
string? componentId;
await using (var work = (IIncidentUnitOfWork)await store.BeginAsync())
{
    var product = await work.Products.FindByNameAsync(UniqueKeys.ProductName("Ledger Service"));
    componentId = product is null ? null : (await work.Components.FindByNameAsync(UniqueKeys.ComponentName(product.ProductId, "ledger-db")))?.ComponentId;
}

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
    // Page by key: each page starts after the last audit id of the one before, so every page costs the same.
    const int PageSize = 50;
    string? after = null;
    var more = true;
    while (more)
    {
        var page = await work.AuditTrail.ListAsync(after, PageSize);
        foreach (var entry in page)
        {
            var values = string.Join(", ", entry.ValueChanges.Select(v => $"{v.Field}: {v.OldValue ?? "-"} -> {v.NewValue ?? "-"}"));
            Console.WriteLine($"  {entry.CreatedAt:yyyy-MM-dd HH:mm:ss} {entry.Action.ToWireName(),-6} {entry.EntityType.ToWireName(),-6} {entry.EntityId ?? "-",-32} by {entry.ActorUserId,-32} {entry.Outcome.ToWireName(),-9} ({entry.Reason})");
            Console.WriteLine($"       fields: {string.Join(", ", entry.ChangedFields)}{(values.Length > 0 ? $" | {values}" : "")}");
        }

        more = page.Count == PageSize;
        after = page.Count > 0 ? page[^1].AuditId : after;
    }

    Console.WriteLine();
    Console.WriteLine($"The database holds {(await work.Clients.ListAsync(0, int.MaxValue)).Count} clients, "
        + $"{(await work.Users.ListAsync(0, int.MaxValue)).Count} users and {await work.AuditTrail.CountAsync()} audit entries. Run again to add more.");
}

return 0;

static void Step(string title)
{
    Console.WriteLine();
    Console.WriteLine($"== {title}");
}

static string? Report<T>(SopResult<T> result)
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
