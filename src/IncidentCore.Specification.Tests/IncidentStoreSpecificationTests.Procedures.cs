using IncidentCore.Domain;
using IncidentCore.Domain.Normalization;
using IncidentCore.Policy;
using IncidentCore.Procedures;
using Xunit;

namespace IncidentCore.Specification.Tests;

public abstract partial class IncidentStoreSpecificationTests
{
    /// <summary>
    /// The five procedures run end to end through DI against the store: each record is stored as the procedure
    /// returned it, updates land with the next version, and the trail holds one succeeded entry per call, in order,
    /// timed by the clock.
    /// </summary>
    /// <returns>A task that completes when the fact has been checked.</returns>
    [SkippableFact]
    public async Task Procedures_WhenRunEndToEnd_StoreEveryRecordAndAuditEntry()
    {
        Skip.If(SkipReason is not null, SkipReason);
        await using var host = StartHost();
        var administrator = await host.SeedAdministratorAsync();
        var times = new List<DateTimeOffset>();
        void Tick()
        {
            host.Time.Advance(TimeSpan.FromSeconds(1) + SpecificationRecords.Fraction);
            times.Add(host.Time.GetUtcNow());
        }

        Tick();
        var clientId = await SucceedAsync(host.Get<ClientOnboarding>().OnboardAsync(administrator, new ClientOnboardingRequest
        {
            ClientName = "Johnson LLC",
            RegistrationNumber = "US-778-2025",
            ContactEmail = "Contact@JohnsonLLC",
            ClientType = "small_business",
            Country = "United States",
            Industry = "Retail",
        }));
        Tick();
        var vendorId = await SucceedAsync(host.Get<VendorRegistration>().RegisterAsync(administrator, new VendorRegistrationRequest
        {
            VendorName = "SecureNet Solutions",
            VendorEmail = "alerts@securenet.example",
            VendorPhone = "+1 (713) 638-7543",
            VendorType = "security_provider",
            Status = "inactive",
        }));
        Tick();
        var userId = await SucceedAsync(host.Get<UserRegistration>().RegisterAsync(administrator, new UserRegistrationRequest
        {
            Name = "Priya Raman",
            Email = "Priya.Raman@Example.com",
            Role = "account_manager",
            Department = "Support",
            ClientId = clientId,
            VendorId = vendorId,
            Timezone = "EST",
        }));
        Tick();
        var updatedClient = await SucceedAsync(host.Get<ClientUpdate>().UpdateAsync(administrator, clientId, new ChangeSet
        {
            { "status", "suspended" },
            { "country", "Canada" },
            { "industry", null },
        }));
        Tick();
        var updatedUser = await SucceedAsync(host.Get<UserUpdate>().UpdateAsync(administrator, userId, new ChangeSet
        {
            { "role", "executive" },
            { "status", "on_leave" },
            { "timezone", "Europe/Prague" },
        }));

        var client = await host.ReadAsync(work => work.Clients.FindByContactEmailAsync(UniqueKeys.Email("contact@johnsonllc")));
        var vendor = await host.ReadAsync(work => work.Vendors.FindByContactPhoneAsync(UniqueKeys.Phone("+17136387543")));
        var user = await host.ReadAsync(work => work.Users.FindByEmailAsync(UniqueKeys.Email("priya.raman@example.com")));
        Assert.Equal(updatedClient, client);
        Assert.Equal(new { Version = 2L, Status = ClientStatus.Suspended, Country = (string?)"Canada", Industry = (string?)null, CreatedAt = times[0], UpdatedAt = times[3] },
            new { client!.Version, client.Status, client.Country, client.Industry, client.CreatedAt, client.UpdatedAt });
        Assert.NotNull(vendor);
        Assert.Equal(vendorId, vendor.VendorId);
        Assert.Equal(("SecureNet Solutions", "+17136387543", VendorType.SecurityProvider, VendorStatus.Inactive, times[1], 1L),
            (vendor.VendorName, vendor.ContactPhone, vendor.VendorType, vendor.Status, vendor.CreatedAt, vendor.Version));
        Assert.Equal(updatedUser, user);
        Assert.Equal((UserRole.Executive, UserStatus.OnLeave, "Europe/Prague", clientId, vendorId, times[2], times[4], 2L),
            (user!.Role, user.Status, user.Timezone, user.ClientId, user.VendorId, user.CreatedAt, user.UpdatedAt, user.Version));

        var trail = await host.AuditTrailAsync();
        Assert.Equal(
            [
                (AuditAction.Create, EntityType.Client, clientId, times[0]),
                (AuditAction.Create, EntityType.Vendor, vendorId, times[1]),
                (AuditAction.Create, EntityType.User, userId, times[2]),
                (AuditAction.Update, EntityType.Client, clientId, times[3]),
                (AuditAction.Update, EntityType.User, userId, times[4]),
            ],
            trail.Select(e => (e.Action, e.EntityType, e.EntityId!, e.CreatedAt)));
        Assert.All(trail, e => Assert.Equal((AuditOutcome.Succeeded, administrator), (e.Outcome, e.ActorUserId)));
        Assert.Contains(new AuditValueChange("status", "active", "suspended"), trail[3].ValueChanges);
        Assert.Contains(new AuditValueChange("role", "account_manager", "executive"), trail[4].ValueChanges);
    }

    /// <summary>Onboarding a client whose registration number differs from a stored one only by case and spaces halts with <c>duplicate</c>.</summary>
    /// <returns>A task that completes when the fact has been checked.</returns>
    [SkippableFact]
    public async Task ClientOnboarding_WhenRegistrationNumberDiffersOnlyByCase_HaltsDuplicate()
    {
        Skip.If(SkipReason is not null, SkipReason);
        await using var host = StartHost();
        var administrator = await host.SeedAdministratorAsync();
        var onboarding = host.Get<ClientOnboarding>();
        await SucceedAsync(onboarding.OnboardAsync(administrator, OnboardingRequest("AB-1234-X", "first@client.example")));

        var second = await onboarding.OnboardAsync(administrator, OnboardingRequest("  ab-1234-x ", "second@client.example"));

        Assert.False(second.Succeeded);
        Assert.Equal("duplicate", second.Halt.CodeName);
        Assert.Contains(second.Halt.Errors, e => e.Field == "registration_number");
        Assert.Single(await host.ReadAsync(work => work.Clients.ListAsync(0, 10)));
        Assert.Equal(1, await host.ReadAsync(work => work.AuditTrail.CountAsync()));
    }

    /// <summary>Registering a user whose email differs from a stored one only by case halts with <c>duplicate</c>.</summary>
    /// <returns>A task that completes when the fact has been checked.</returns>
    [SkippableFact]
    public async Task UserRegistration_WhenEmailDiffersOnlyByCase_HaltsDuplicate()
    {
        Skip.If(SkipReason is not null, SkipReason);
        await using var host = StartHost();
        var administrator = await host.SeedAdministratorAsync();
        var registration = host.Get<UserRegistration>();
        await SucceedAsync(registration.RegisterAsync(administrator, new UserRegistrationRequest { Name = "Sam Lee", Email = "sam.lee@example.com", Role = "executive" }));

        var second = await registration.RegisterAsync(administrator, new UserRegistrationRequest { Name = "Samuel Lee", Email = "SAM.LEE@EXAMPLE.COM", Role = "executive" });

        Assert.False(second.Succeeded);
        Assert.Equal(HaltCode.Duplicate, second.Halt.Code);
        Assert.Contains(second.Halt.Errors, e => e.Field == "email");
        Assert.Equal(2, (await host.ReadAsync(work => work.Users.ListAsync(0, 10))).Count);
    }

    /// <summary>Registering a vendor whose name, email and phone match a stored one in another form halts with <c>duplicate</c> naming all three.</summary>
    /// <returns>A task that completes when the fact has been checked.</returns>
    [SkippableFact]
    public async Task VendorRegistration_WhenKeysDifferOnlyInForm_HaltsDuplicate()
    {
        Skip.If(SkipReason is not null, SkipReason);
        await using var host = StartHost();
        var administrator = await host.SeedAdministratorAsync();
        var registration = host.Get<VendorRegistration>();
        await SucceedAsync(registration.RegisterAsync(administrator, new VendorRegistrationRequest
        {
            VendorName = "Acme Cloud",
            VendorEmail = "noc@acme.example",
            VendorPhone = "+44 20 7183 8750",
            VendorType = "cloud_provider",
        }));

        var second = await registration.RegisterAsync(administrator, new VendorRegistrationRequest
        {
            VendorName = " ACME CLOUD ",
            VendorEmail = "NOC@Acme.Example",
            VendorPhone = "+442071838750",
            VendorType = "cloud_provider",
        });

        Assert.False(second.Succeeded);
        Assert.Equal(HaltCode.Duplicate, second.Halt.Code);
        Assert.Equal(["vendor_name", "vendor_email", "vendor_phone"], second.Halt.Errors.Select(e => e.Field));
        Assert.Single(await host.ReadAsync(work => work.Vendors.ListAsync(0, 10)));
    }

    /// <summary>After a client update changes its registration number and email, another client may be onboarded with the old ones.</summary>
    /// <returns>A task that completes when the fact has been checked.</returns>
    [SkippableFact]
    public async Task ClientUpdate_WhenUniqueKeysChanged_FreesOldKeysForOnboarding()
    {
        Skip.If(SkipReason is not null, SkipReason);
        await using var host = StartHost();
        var administrator = await host.SeedAdministratorAsync();
        var onboarding = host.Get<ClientOnboarding>();
        var clientId = await SucceedAsync(onboarding.OnboardAsync(administrator, OnboardingRequest("OLD-REG-1", "old@client.example")));
        await SucceedAsync(host.Get<ClientUpdate>().UpdateAsync(administrator, clientId, new ChangeSet
        {
            { "registration_number", "NEW-REG-1" },
            { "contact_email", "new@client.example" },
        }));

        var reuse = await onboarding.OnboardAsync(administrator, OnboardingRequest("old-reg-1", "OLD@client.example"));
        var clash = await onboarding.OnboardAsync(administrator, OnboardingRequest("new-reg-1", "other@client.example"));

        Assert.True(reuse.Succeeded, reuse.ToString());
        Assert.False(clash.Succeeded);
        Assert.Equal(HaltCode.Duplicate, clash.Halt.Code);
        Assert.Equal(2, (await host.ReadAsync(work => work.Clients.ListAsync(0, 10))).Count);
    }

    /// <summary>A call by an inactive actor halts as unauthorized, writes no record, and leaves one denied audit entry without an entity id.</summary>
    /// <returns>A task that completes when the fact has been checked.</returns>
    [SkippableFact]
    public async Task ClientOnboarding_WhenActorInactive_WritesOnlyADeniedAuditEntry()
    {
        Skip.If(SkipReason is not null, SkipReason);
        await using var host = StartHost();
        var inactive = SpecificationRecords.User(host.Ids.NewId(EntityType.User), 1, host.Time.GetUtcNow()) with
        {
            Role = UserRole.SystemAdministrator,
            Status = UserStatus.Inactive,
        };
        await host.CommitAsync(work => work.Users.Add(inactive));

        var result = await host.Get<ClientOnboarding>().OnboardAsync(inactive.UserId, OnboardingRequest("REG-DENIED", "denied@client.example"));

        Assert.False(result.Succeeded);
        Assert.Equal((HaltCode.Unauthorized, DenialReason.ActorNotActive), (result.Halt.Code, result.Halt.DenialReason));
        Assert.Empty(await host.ReadAsync(work => work.Clients.ListAsync(0, 10)));
        var entry = Assert.Single(await host.AuditTrailAsync());
        Assert.Equal((AuditOutcome.Denied, AuditAction.Create, EntityType.Client, (string?)null, inactive.UserId, PolicyTime),
            (entry.Outcome, entry.Action, entry.EntityType, entry.EntityId, entry.ActorUserId, entry.CreatedAt));
    }

    /// <summary>Records the store does not hold halt the procedures with <c>not_found</c>: an unknown client to update, an unknown client to link.</summary>
    /// <returns>A task that completes when the fact has been checked.</returns>
    [SkippableFact]
    public async Task Procedures_WhenReferencedRecordMissing_HaltNotFound()
    {
        Skip.If(SkipReason is not null, SkipReason);
        await using var host = StartHost();
        var administrator = await host.SeedAdministratorAsync();

        var update = await host.Get<ClientUpdate>().UpdateAsync(administrator, "no-such-client", new ChangeSet { { "status", "inactive" } });
        var registration = await host.Get<UserRegistration>().RegisterAsync(administrator, new UserRegistrationRequest
        {
            Name = "Kim Novak",
            Email = "kim.novak@example.com",
            Role = "client_contact",
            ClientId = "no-such-client",
        });

        Assert.Equal(HaltCode.NotFound, update.Halt?.Code);
        Assert.Equal(HaltCode.NotFound, registration.Halt?.Code);
        Assert.Single(await host.ReadAsync(work => work.Users.ListAsync(0, 10)));
        Assert.Equal(0, await host.ReadAsync(work => work.AuditTrail.CountAsync()));
    }

    private static ClientOnboardingRequest OnboardingRequest(string registrationNumber, string contactEmail) => new()
    {
        ClientName = "Tailspin Toys",
        RegistrationNumber = registrationNumber,
        ContactEmail = contactEmail,
        ClientType = "enterprise",
    };

    private static async Task<T> SucceedAsync<T>(ValueTask<SopResult<T>> call)
    {
        var result = await call;
        Assert.True(result.Succeeded, result.ToString());
        return result.Value;
    }
}
