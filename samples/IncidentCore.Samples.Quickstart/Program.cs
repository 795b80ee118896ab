// The quickstart: a short story of the policy, enforced by IncidentCore on its in-memory default.
using IncidentCore.Domain;
using IncidentCore.Ports;
using IncidentCore.Procedures;
using Microsoft.Extensions.DependencyInjection;

var services = new ServiceCollection();
services.AddIncidentCore()
    .AddInMemoryStores(seed => seed.Users.Add(new User
    {
        UserId = "1",
        Name = "Ada Administrator",
        Email = "ada@example.com",
        Role = UserRole.SystemAdministrator,
        Department = "IT",
        CreatedAt = DateTimeOffset.UnixEpoch,
        UpdatedAt = DateTimeOffset.UnixEpoch,
    }));
await using var provider = services.BuildServiceProvider();

var onboarding = provider.GetRequiredService<ClientOnboarding>();
var clientUpdate = provider.GetRequiredService<ClientUpdate>();
var registration = provider.GetRequiredService<UserRegistration>();
var vendorRegistration = provider.GetRequiredService<VendorRegistration>();
const string Admin = "1";

var failures = 0;

Step("The system administrator onboards Johnson LLC (a contact email without a dot in its domain is fine)");
var johnson = Expect(true, await onboarding.OnboardAsync(Admin, new ClientOnboardingRequest
{
    ClientName = "Johnson LLC",
    RegistrationNumber = "REG-1001",
    ContactEmail = "contact@johnsonllc",
    ClientType = "mid_market",
    Country = "Czech Republic",
    Industry = "Retail",
}));

Step("The system administrator onboards a second client, Northwind");
var northwind = Expect(true, await onboarding.OnboardAsync(Admin, new ClientOnboardingRequest
{
    ClientName = "Northwind",
    RegistrationNumber = "REG-2002",
    ContactEmail = "ops@northwind.example",
    ClientType = "enterprise",
}));

Step("The system administrator registers an account manager assigned to Johnson LLC");
var accountManager = Expect(true, await registration.RegisterAsync(Admin, new UserRegistrationRequest
{
    Name = "Maria Account",
    Email = "maria@example.com",
    Role = "account_manager",
    ClientId = johnson,
    Timezone = "CET",
}));

Step("The account manager updates the client she is assigned to");
Expect(true, await clientUpdate.UpdateAsync(accountManager!, johnson!, new ChangeSet { { "industry", "E-commerce" }, { "status", "active" } }));

Step("The account manager tries to suspend Northwind, a client she is not assigned to");
Expect(false, await clientUpdate.UpdateAsync(accountManager!, northwind!, new ChangeSet { { "status", "suspended" } }));

Step("The system administrator registers an incident manager");
var incidentManager = Expect(true, await registration.RegisterAsync(Admin, new UserRegistrationRequest
{
    Name = "Ivan Incident",
    Email = "ivan@example.com",
    Role = "incident_manager",
    Timezone = "America/New_York",
}));

Step("The incident manager registers a vendor (the phone is typed with spaces and dashes)");
Expect(true, await vendorRegistration.RegisterAsync(incidentManager!, new VendorRegistrationRequest
{
    VendorName = "CloudCo",
    VendorEmail = "support@cloudco.example",
    VendorPhone = "+1 713-638-7543",
    VendorType = "cloud_provider",
}));

Step("The incident manager registers someone with an email already in use (other case, extra spaces)");
Expect(false, await registration.RegisterAsync(incidentManager!, new UserRegistrationRequest
{
    Name = "Maria Again",
    Email = "  MARIA@example.com ",
    Role = "technical_support",
}));

Step("The system administrator registers an executive who is on leave");
var executiveOnLeave = Expect(true, await registration.RegisterAsync(Admin, new UserRegistrationRequest
{
    Name = "Eve Executive",
    Email = "eve@example.com",
    Role = "executive",
    Status = "on_leave",
}));

Step("The executive, on leave, tries to register a vendor");
Expect(false, await vendorRegistration.RegisterAsync(executiveOnLeave!, new VendorRegistrationRequest
{
    VendorName = "PayFast",
    VendorEmail = "billing@payfast.example",
    VendorPhone = "+44 20 7946 0958",
    VendorType = "payment_processor",
}));

Step("The audit trail (ids, actions, outcomes and field names; never an email, name or phone)");
await using (var work = await provider.GetRequiredService<IUnitOfWorkFactory>().BeginAsync())
{
    foreach (var entry in await work.AuditTrail.ListAsync(null, 100))
    {
        var values = string.Join(", ", entry.ValueChanges.Select(v => $"{v.Field}: {v.OldValue ?? "-"} -> {v.NewValue ?? "-"}"));
        Console.WriteLine($"  #{entry.AuditId} {entry.Action.ToWireName(),-6} {entry.EntityType.ToWireName(),-6} {entry.EntityId ?? "-",-3} by user {entry.ActorUserId,-2} {entry.Outcome.ToWireName(),-9} ({entry.Reason})");
        Console.WriteLine($"       fields: {string.Join(", ", entry.ChangedFields)}{(values.Length > 0 ? $" | {values}" : "")}");
    }
}

Console.WriteLine();
Console.WriteLine(failures == 0 ? "Every step ended as the policy says." : $"{failures} step(s) did not end as the policy says.");
return failures == 0 ? 0 : 1;

void Step(string title)
{
    Console.WriteLine();
    Console.WriteLine($"== {title}");
}

string? Expect<T>(bool shouldSucceed, SopResult<T> result)
{
    if (result.Succeeded)
    {
        Console.WriteLine($"   succeeded: {(result.Value is string id ? $"id {id}" : "record updated")}");
    }
    else
    {
        Console.WriteLine($"   halted: {result.Halt.CodeName} - {result.Halt.Message}");
        foreach (var error in result.Halt.Errors)
        {
            Console.WriteLine($"     {error.Field}: {error.Message}");
        }
    }

    if (result.Succeeded != shouldSucceed)
    {
        failures++;
        Console.WriteLine("   !! unexpected outcome");
    }

    return result.Value as string;
}
