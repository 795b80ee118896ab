// The quickstart: a short story of the policy, enforced by IncidentCore on its in-memory default.
using IncidentCore.Domain;
using IncidentCore.Domain.Approvals;
using IncidentCore.Domain.Incidents;
using IncidentCore.Ports;
using IncidentCore.Procedures;
using IncidentCore.Procedures.Approvals;
using IncidentCore.Procedures.Incidents;
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
var cloudCo = Expect(true, await vendorRegistration.RegisterAsync(incidentManager!, new VendorRegistrationRequest
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

// The incident lifecycle: one incident from report to review.
var products = provider.GetRequiredService<ProductCreation>();
var components = provider.GetRequiredService<ComponentCreation>();
var report = provider.GetRequiredService<IncidentReport>();
var incidentUpdate = provider.GetRequiredService<IncidentUpdate>();
var escalation = provider.GetRequiredService<EscalationCreation>();
var communication = provider.GetRequiredService<CommunicationRecording>();
var reviews = provider.GetRequiredService<PostIncidentReviews>();

Step("The system administrator registers a technical support engineer, a client contact of Johnson LLC, CloudCo's contact and a second vendor with its contact");
var engineer = Expect(true, await registration.RegisterAsync(Admin, new UserRegistrationRequest { Name = "Tom Tech", Email = "tom@example.com", Role = "technical_support" }));
var clientContact = Expect(true, await registration.RegisterAsync(Admin, new UserRegistrationRequest { Name = "Carla Client", Email = "carla@johnsonllc", Role = "client_contact", ClientId = johnson }));
var cloudCoContact = Expect(true, await registration.RegisterAsync(Admin, new UserRegistrationRequest { Name = "Victor Vendor", Email = "victor@cloudco.example", Role = "vendor_contact", VendorId = cloudCo }));
var netOps = Expect(true, await vendorRegistration.RegisterAsync(incidentManager!, new VendorRegistrationRequest
{
    VendorName = "NetOps", VendorEmail = "noc@netops.example", VendorPhone = "+420 601 555 123", VendorType = "infrastructure_provider",
}));
var netOpsContact = Expect(true, await registration.RegisterAsync(Admin, new UserRegistrationRequest { Name = "Nora Net", Email = "nora@netops.example", Role = "vendor_contact", VendorId = netOps }));

Step("Technical support adds the Storefront product, supported by CloudCo, and its checkout database");
var storefront = Expect(true, await products.CreateAsync(engineer!, new ProductCreateRequest { ProductName = "Storefront", ProductType = "web shop", SupportVendorId = cloudCo }));
var checkoutDb = Expect(true, await components.CreateAsync(engineer!, new ComponentCreateRequest
{
    ComponentName = "checkout-db", ComponentType = "database", Environment = "production", ProductId = storefront, PortNumber = "5432",
}));

var outage = new IncidentReportRequest
{
    Title = "Checkout fails for every customer", Category = "payments", ImpactLevel = "critical", UrgencyLevel = "high", ClientId = johnson,
    ComponentId = checkoutDb, DetectionTimestamp = DateTimeOffset.UtcNow.AddMinutes(-5).ToString("O"),
    ClassificationFlags = new Dictionary<string, bool> { ["p1_complete_outage_no_workaround"] = true },
};

Step("Johnson's client contact tries to report the outage for Northwind, another client");
Expect(false, await report.ReportAsync(clientContact!, outage with { ClientId = northwind }));

Step("NetOps' contact tries to report it on the checkout database, which NetOps does not support");
Expect(false, await report.ReportAsync(netOpsContact!, outage));

Step("Johnson's client contact reports the outage; its severity is classified from the flags (P1)");
var incident = Expect(true, await report.ReportAsync(clientContact!, outage));

Step("The incident manager tries to close the incident while it is still open");
Expect(false, await incidentUpdate.UpdateAsync(incidentManager!, incident!, new ChangeSet { { "status", "closed" } }));

Step("The incident manager assigns the engineer, who moves it to investigating, then in_progress");
Expect(true, await incidentUpdate.UpdateAsync(incidentManager!, incident!, new ChangeSet { { "assigned_to_user_id", engineer } }));
Expect(true, await incidentUpdate.UpdateAsync(engineer!, incident!, new ChangeSet { { "status", "investigating" } }));
Expect(true, await incidentUpdate.UpdateAsync(engineer!, incident!, new ChangeSet { { "status", "in_progress" } }));

Step("The incident manager escalates to CloudCo's contact at the vendor level");
Expect(true, await escalation.EscalateAsync(incidentManager!, new EscalationCreateRequest
{
    IncidentId = incident, EscalatedToUser = cloudCoContact, EscalationLevel = "vendor", Reason = "Database fail-over needed",
}));

Step("The incident manager records an update to Johnson's client contact");
Expect(true, await communication.RecordAsync(incidentManager!, new CommunicationRecordRequest
{
    IncidentId = incident, RecipientId = clientContact, CommunicationType = "update", DeliveryMethod = "email",
}));

// A change for the incident: requested, approved by the role its risk requires, run, and rolled back when it fails.
var changes = provider.GetRequiredService<ChangeRequestCreation>();
var changeApproval = provider.GetRequiredService<ChangeApproval>();
var changeExecution = provider.GetRequiredService<ChangeExecution>();
var rollbacks = provider.GetRequiredService<RollbackRequestCreation>();
var rollbackApproval = provider.GetRequiredService<RollbackApproval>();
var rollbackExecution = provider.GetRequiredService<RollbackExecution>();

Step("The system administrator registers an executive who is at work");
var executive = Expect(true, await registration.RegisterAsync(Admin, new UserRegistrationRequest { Name = "Erik Executive", Email = "erik@example.com", Role = "executive" }));

Step("Technical support requests a high-risk change for the incident: fail the database over to the standby");
var failover = Expect(true, await changes.CreateAsync(engineer!, new ChangeRequestCreateRequest
{
    Title = "Fail checkout-db over to the standby", ChangeType = "normal", RiskLevel = "high", IncidentId = incident,
}));

Step("The incident manager tries to approve it; a high-risk change needs an executive");
Expect(false, await changeApproval.ApproveAsync(incidentManager!, failover!));

Step("The executive approves the change; technical support starts it and it fails");
Expect(true, await changeApproval.ApproveAsync(executive!, failover!));
Expect(true, await changeExecution.StartAsync(engineer!, failover!));
Expect(true, await changeExecution.FailAsync(engineer!, failover!));

Step("Technical support requests a rollback of the failed change; the incident manager approves it");
var rollback = Expect(true, await rollbacks.CreateAsync(engineer!, new RollbackRequestCreateRequest { ChangeId = failover, IncidentId = incident }));
Expect(true, await rollbackApproval.ApproveAsync(incidentManager!, rollback!));

Step("Technical support runs the rollback; completing it rolls the change back in the same commit");
Expect(true, await rollbackExecution.StartAsync(engineer!, rollback!));
Expect(true, await rollbackExecution.CompleteAsync(engineer!, rollback!));
var rolledBack = await provider.GetRequiredService<ChangeRequestRead>().ReadAsync(incidentManager!, failover!);
Console.WriteLine($"   change {failover} is {rolledBack.Value!.Status.ToWireName()}, approved by user {rolledBack.Value.ApprovedByUser}");

Step("CloudCo's contact fixes the database and moves the incident to resolved");
Expect(true, await incidentUpdate.UpdateAsync(cloudCoContact!, incident!, new ChangeSet { { "status", "resolved" } }));

var review = new ReviewScheduleRequest { IncidentId = incident, FacilitatorUser = incidentManager, ScheduledDate = DateTimeOffset.UtcNow.AddDays(2).ToString("O") };
Step("The incident manager tries to schedule a review before the incident is closed");
Expect(false, await reviews.ScheduleAsync(incidentManager!, review));

Step("The incident manager closes the incident, schedules the review and completes it");
Expect(true, await incidentUpdate.UpdateAsync(incidentManager!, incident!, new ChangeSet { { "status", "closed" } }));
var reviewId = Expect(true, await reviews.ScheduleAsync(incidentManager!, review));
Expect(true, await reviews.CompleteAsync(incidentManager!, reviewId!, "good"));

Step("The incident's history: one row per changed field, free text never copied");
var details = await provider.GetRequiredService<IncidentRead>().ReadAsync(clientContact!, incident!);
foreach (var row in details.Value!.History)
{
    Console.WriteLine($"   {row.UpdateType.ToWireName(),-17} {row.FieldChanged,-20} {row.OldValue ?? "-"} -> {row.NewValue ?? "-"} by user {row.UpdatedByUser}");
}

Step("The audit trail (ids, actions, outcomes and field names; never an email, name or phone)");
await using (var work = await provider.GetRequiredService<IUnitOfWorkFactory>().BeginAsync())
{
    foreach (var entry in await work.AuditTrail.ListAsync(null, 200))
    {
        var values = string.Join(", ", entry.ValueChanges.Select(v => $"{v.Field}: {v.OldValue ?? "-"} -> {v.NewValue ?? "-"}"));
        Console.WriteLine($"  #{entry.AuditId} {entry.Action.ToWireName(),-8} {entry.EntityType.ToWireName(),-24} {entry.EntityId ?? "-",-3} by user {entry.ActorUserId,-2} {entry.Outcome.ToWireName(),-9} ({entry.Reason})");
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
