using IncidentCore.Domain;
using IncidentCore.Domain.Normalization;
using IncidentCore.Ports;
using IncidentCore.Procedures;
using Xunit;

namespace IncidentCore.Specification.Tests;

public abstract partial class IncidentStoreSpecificationTests
{
    private const int Contenders = 8;

    /// <summary>
    /// Units of work racing to insert clients with the same registration number (in different cases): exactly one
    /// commits, every other one reports a duplicate naming the field rather than throwing, and only the winner's audit
    /// entry is written.
    /// </summary>
    /// <returns>A task that completes when the fact has been checked.</returns>
    [SkippableFact]
    public async Task UnitOfWorkCommit_WhenConcurrentClientsShareRegistrationNumber_ExactlyOneCommits()
    {
        Skip.If(SkipReason is not null, SkipReason);
        await using var host = StartHost();
        var now = host.Time.GetUtcNow();

        var results = await Race.RunAsync(Contenders, async i =>
        {
            var client = SpecificationRecords.Client(host.Ids.NewId(EntityType.Client), 100 + i, now) with
            {
                RegistrationNumber = i % 2 == 0 ? "Reg-Shared-1" : "REG-SHARED-1",
            };
            return await host.CommitAsync(work =>
            {
                work.Clients.Add(client);
                work.AuditTrail.Append(SpecificationRecords.Audit(host.Ids.NewAuditId(), client.ClientId, "user-1", now));
            });
        });

        Assert.Single(results, r => r.Status == CommitStatus.Committed);
        Assert.All(results.Where(r => !r.IsCommitted), r => Assert.Equal(CommitResult.Duplicate("registration_number"), r));
        Assert.Single(await host.ReadAsync(work => work.Clients.ListAsync(0, 100)));
        Assert.Equal(1, await host.ReadAsync(work => work.AuditTrail.CountAsync()));
    }

    /// <summary>Units of work racing to insert users with the same email: exactly one commits, the others report a duplicate email.</summary>
    /// <returns>A task that completes when the fact has been checked.</returns>
    [SkippableFact]
    public async Task UnitOfWorkCommit_WhenConcurrentUsersShareEmail_ExactlyOneCommits()
    {
        Skip.If(SkipReason is not null, SkipReason);
        await using var host = StartHost();
        var now = host.Time.GetUtcNow();

        var results = await Race.RunAsync(Contenders, async i =>
        {
            var user = SpecificationRecords.User(host.Ids.NewId(EntityType.User), 100 + i, now) with
            {
                Email = i % 2 == 0 ? "Shared.Person@Example.com" : "shared.person@example.COM",
            };
            return await host.CommitAsync(work => work.Users.Add(user));
        });

        Assert.Single(results, r => r.Status == CommitStatus.Committed);
        Assert.All(results.Where(r => !r.IsCommitted), r => Assert.Equal(CommitResult.Duplicate("email"), r));
        Assert.Single(await host.ReadAsync(work => work.Users.ListAsync(0, 100)));
    }

    /// <summary>Units of work racing to insert vendors with the same phone: exactly one commits, the others report a duplicate phone.</summary>
    /// <returns>A task that completes when the fact has been checked.</returns>
    [SkippableFact]
    public async Task UnitOfWorkCommit_WhenConcurrentVendorsSharePhone_ExactlyOneCommits()
    {
        Skip.If(SkipReason is not null, SkipReason);
        await using var host = StartHost();
        var now = host.Time.GetUtcNow();

        var results = await Race.RunAsync(Contenders, async i =>
        {
            var vendor = SpecificationRecords.Vendor(host.Ids.NewId(EntityType.Vendor), 100 + i, now) with { ContactPhone = "+442071838750" };
            return await host.CommitAsync(work => work.Vendors.Add(vendor));
        });

        Assert.Single(results, r => r.Status == CommitStatus.Committed);
        Assert.All(results.Where(r => !r.IsCommitted), r => Assert.Equal(CommitResult.Duplicate("contact_phone"), r));
        Assert.Single(await host.ReadAsync(work => work.Vendors.ListAsync(0, 100)));
    }

    /// <summary>Units of work racing to update the same version of a client: exactly one commits, the others report a conflict.</summary>
    /// <returns>A task that completes when the fact has been checked.</returns>
    [SkippableFact]
    public async Task UnitOfWorkCommit_WhenConcurrentUpdatesShareVersion_ExactlyOneCommits()
    {
        Skip.If(SkipReason is not null, SkipReason);
        await using var host = StartHost();
        var client = SpecificationRecords.Client(host.Ids.NewId(EntityType.Client), 1, host.Time.GetUtcNow());
        await host.CommitAsync(work => work.Clients.Add(client));

        var results = await Race.RunAsync(Contenders, i =>
            host.CommitAsync(work => work.Clients.Update(client with { Industry = $"Industry {i}", Version = 2 })));

        var winner = Assert.Single(Enumerable.Range(0, Contenders), i => results[i].IsCommitted);
        Assert.All(results.Where(r => !r.IsCommitted), r => Assert.Equal(CommitStatus.Conflict, r.Status));
        var stored = await host.ReadAsync(work => work.Clients.FindByIdAsync(client.ClientId));
        Assert.Equal(client with { Industry = $"Industry {winner}", Version = 2 }, stored);
    }

    /// <summary>
    /// Client onboarding called concurrently through DI with the same registration number (typed in different ways):
    /// exactly one call succeeds and every other one halts with <c>duplicate</c>; one client and one audit entry exist.
    /// </summary>
    /// <returns>A task that completes when the fact has been checked.</returns>
    [SkippableFact]
    public async Task ClientOnboarding_WhenConcurrentCallsShareRegistrationNumber_OneSucceedsOthersHaltDuplicate()
    {
        Skip.If(SkipReason is not null, SkipReason);
        await using var host = StartHost();
        var administrator = await host.SeedAdministratorAsync();
        var onboarding = host.Get<ClientOnboarding>();

        var results = await Race.RunAsync(Contenders, i => onboarding.OnboardAsync(administrator, new ClientOnboardingRequest
        {
            ClientName = $"Contender {i}",
            RegistrationNumber = i % 2 == 0 ? "CZ-2025-0001" : " cz-2025-0001 ",
            ContactEmail = $"contender{i}@example.com",
            ClientType = "startup",
        }).AsTask());

        Assert.Single(results, r => r.Succeeded);
        Assert.All(results.Where(r => !r.Succeeded), r =>
        {
            Assert.Equal(HaltCode.Duplicate, r.Halt!.Code);
            Assert.Equal("duplicate", r.Halt.CodeName);
            Assert.Contains(r.Halt.Errors, e => e.Field == "registration_number" && e.Code == "duplicate");
        });
        Assert.Single(await host.ReadAsync(work => work.Clients.ListAsync(0, 100)));
        Assert.Single(await host.AuditTrailAsync(), e => e.EntityType == EntityType.Client);
    }

    /// <summary>User registration called concurrently with the same email in different cases: one succeeds, the others halt with <c>duplicate</c>.</summary>
    /// <returns>A task that completes when the fact has been checked.</returns>
    [SkippableFact]
    public async Task UserRegistration_WhenConcurrentCallsShareEmail_OneSucceedsOthersHaltDuplicate()
    {
        Skip.If(SkipReason is not null, SkipReason);
        await using var host = StartHost();
        var administrator = await host.SeedAdministratorAsync();
        var registration = host.Get<UserRegistration>();

        var results = await Race.RunAsync(Contenders, i => registration.RegisterAsync(administrator, new UserRegistrationRequest
        {
            Name = $"Contender {i}",
            Email = i % 2 == 0 ? "Alex.Morgan@Example.com" : "alex.morgan@example.com",
            Role = "technical_support",
        }).AsTask());

        Assert.Single(results, r => r.Succeeded);
        Assert.All(results.Where(r => !r.Succeeded), r => Assert.Equal(HaltCode.Duplicate, r.Halt!.Code));
        Assert.Equal(2, (await host.ReadAsync(work => work.Users.ListAsync(0, 100))).Count);
        Assert.Single(await host.AuditTrailAsync(), e => e.EntityType == EntityType.User);
    }

    /// <summary>Vendor registration called concurrently with the same phone typed in different ways: one succeeds, the others halt with <c>duplicate</c>.</summary>
    /// <returns>A task that completes when the fact has been checked.</returns>
    [SkippableFact]
    public async Task VendorRegistration_WhenConcurrentCallsSharePhone_OneSucceedsOthersHaltDuplicate()
    {
        Skip.If(SkipReason is not null, SkipReason);
        await using var host = StartHost();
        var administrator = await host.SeedAdministratorAsync();
        var registration = host.Get<VendorRegistration>();
        string[] typings = ["+1 713 638 7543", "+1-713-638-7543", "+1 (713) 638-7543", "+17136387543"];

        var results = await Race.RunAsync(Contenders, i => registration.RegisterAsync(administrator, new VendorRegistrationRequest
        {
            VendorName = $"Contender {i}",
            VendorEmail = $"contender{i}@vendor.example",
            VendorPhone = typings[i % typings.Length],
            VendorType = "security_provider",
        }).AsTask());

        Assert.Single(results, r => r.Succeeded);
        Assert.All(results.Where(r => !r.Succeeded), r => Assert.Equal(HaltCode.Duplicate, r.Halt!.Code));
        var vendor = Assert.Single(await host.ReadAsync(work => work.Vendors.ListAsync(0, 100)));
        Assert.Equal("+17136387543", vendor.ContactPhone);
    }

    /// <summary>
    /// Twenty client updates through DI at once, each changing something different: none is lost. Every call succeeds
    /// (the procedure retries conflicts), each commit lands on the previous one (versions 2 to 21, each once), the
    /// final record holds every single-field change, and the trail holds one update entry per call.
    /// </summary>
    /// <returns>A task that completes when the fact has been checked.</returns>
    [SkippableFact]
    public async Task ClientUpdate_WhenConcurrentCallsChangeDifferentFields_LosesNoWrite()
    {
        Skip.If(SkipReason is not null, SkipReason);
        const int Calls = 20;
        await using var host = StartHost(options => options.MaxConcurrencyRetries = Calls);
        var administrator = await host.SeedAdministratorAsync();
        var created = await host.Get<ClientOnboarding>().OnboardAsync(administrator, new ClientOnboardingRequest
        {
            ClientName = "Contoso",
            RegistrationNumber = "REG-CONTOSO",
            ContactEmail = "ops@contoso.example",
            ClientType = "enterprise",
        });
        var clientId = created.Value!;
        var update = host.Get<ClientUpdate>();
        var singleFieldChanges = new Dictionary<string, string>
        {
            ["client_name"] = "Contoso Europe",
            ["registration_number"] = "REG-CONTOSO-EU",
            ["contact_email"] = "eu.ops@contoso.example",
            ["client_type"] = "mid_market",
            ["country"] = "Ireland",
            ["industry"] = "Manufacturing",
        };
        string[] statuses = ["inactive", "suspended", "active"];
        var changes = singleFieldChanges.Select(p => new ChangeSet { { p.Key, p.Value } }).ToList();
        while (changes.Count < Calls)
        {
            changes.Add(new ChangeSet { { "status", statuses[changes.Count % statuses.Length] } });
        }

        var results = await Race.RunAsync(Calls, i => update.UpdateAsync(administrator, clientId, changes[i]).AsTask());

        Assert.All(results, r => Assert.True(r.Succeeded, r.ToString()));
        Assert.Equal(Enumerable.Range(2, Calls).Select(v => (long)v), results.Select(r => r.Value!.Version).Order());
        var stored = await host.ReadAsync(work => work.Clients.FindByIdAsync(clientId));
        Assert.NotNull(stored);
        Assert.Equal(1 + Calls, stored.Version);
        Assert.Equal("Contoso Europe", stored.ClientName);
        Assert.Equal("REG-CONTOSO-EU", stored.RegistrationNumber);
        Assert.Equal("eu.ops@contoso.example", stored.ContactEmail);
        Assert.Equal(ClientType.MidMarket, stored.ClientType);
        Assert.Equal("Ireland", stored.Country);
        Assert.Equal("Manufacturing", stored.Industry);
        Assert.Equal(results.Single(r => r.Value!.Version == stored.Version).Value, stored);
        Assert.Equal(stored, await host.ReadAsync(work => work.Clients.FindByRegistrationNumberAsync(UniqueKeys.RegistrationNumber("reg-contoso-eu"))));
        Assert.Equal(Calls, (await host.AuditTrailAsync()).Count(e => e.Action == AuditAction.Update && e.EntityId == clientId));
    }

    /// <summary>
    /// Eight user updates through DI at once, each changing a different field of the same user: every call succeeds
    /// and the final record holds all eight changes at version 9.
    /// </summary>
    /// <returns>A task that completes when the fact has been checked.</returns>
    [SkippableFact]
    public async Task UserUpdate_WhenConcurrentCallsChangeDifferentFields_LosesNoWrite()
    {
        Skip.If(SkipReason is not null, SkipReason);
        await using var host = StartHost(options => options.MaxConcurrencyRetries = Contenders);
        var administrator = await host.SeedAdministratorAsync();
        var now = host.Time.GetUtcNow();
        var client = SpecificationRecords.Client(host.Ids.NewId(EntityType.Client), 1, now);
        var vendor = SpecificationRecords.Vendor(host.Ids.NewId(EntityType.Vendor), 1, now);
        await host.CommitAsync(work =>
        {
            work.Clients.Add(client);
            work.Vendors.Add(vendor);
        });
        var userId = (await host.Get<UserRegistration>().RegisterAsync(administrator, new UserRegistrationRequest
        {
            Name = "Jordan Blake",
            Email = "jordan.blake@example.com",
            Role = "technical_support",
        })).Value!;
        ChangeSet[] changes =
        [
            new() { { "name", "Jordan A. Blake" } },
            new() { { "email", "j.blake@example.com" } },
            new() { { "role", "incident_manager" } },
            new() { { "department", "Operations" } },
            new() { { "timezone", "CET" } },
            new() { { "status", "on_leave" } },
            new() { { "client_id", client.ClientId } },
            new() { { "vendor_id", vendor.VendorId } },
        ];
        var update = host.Get<UserUpdate>();

        var results = await Race.RunAsync(changes.Length, i => update.UpdateAsync(administrator, userId, changes[i]).AsTask());

        Assert.All(results, r => Assert.True(r.Succeeded, r.ToString()));
        var stored = await host.ReadAsync(work => work.Users.FindByIdAsync(userId));
        Assert.NotNull(stored);
        Assert.Equal(
            ("Jordan A. Blake", "j.blake@example.com", UserRole.IncidentManager, (string?)"Operations", "CET", UserStatus.OnLeave, (string?)client.ClientId, (string?)vendor.VendorId, 1L + changes.Length),
            (stored.Name, stored.Email, stored.Role, stored.Department, stored.Timezone, stored.Status, stored.ClientId, stored.VendorId, stored.Version));
        Assert.Null(await host.ReadAsync(work => work.Users.FindByEmailAsync(UniqueKeys.Email("jordan.blake@example.com"))));
    }
}
