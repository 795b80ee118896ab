using IncidentCore.Domain;
using IncidentCore.Procedures;
using IncidentCore.Tests.Support;

namespace IncidentCore.Tests.Audit;

public sealed class AuditTrailTests
{
    [Fact]
    public async Task Onboard_WhenItSucceeds_WritesExactlyOneAuditEntryWithoutPersonalValues()
    {
        await using var host = TestHost.Create();
        var before = (await host.AuditAsync()).Count;

        var id = ResultAssert.Succeeded(await host.ClientOnboarding.OnboardAsync(Seed.Admin, Requests.NewClient() with { Country = "Czech Republic" }));

        var audit = await host.AuditAsync();
        Assert.Equal(before + 1, audit.Count);
        var entry = audit[^1];
        Assert.Equal(AuditAction.Create, entry.Action);
        Assert.Equal(EntityType.Client, entry.EntityType);
        Assert.Equal(id, entry.EntityId);
        Assert.Equal(Seed.Admin, entry.ActorUserId);
        Assert.Equal(Seed.PolicyNow, entry.CreatedAt);
        Assert.Equal(AuditOutcome.Succeeded, entry.Outcome);
        Assert.Equal("client_onboarding.system_administrator", entry.Reason);
        Assert.Equal(["client_name", "registration_number", "contact_email", "client_type", "status", "country"], entry.ChangedFields);
        Assert.Contains(new AuditValueChange("client_type", null, "mid_market"), entry.ValueChanges);
        Assert.DoesNotContain(entry.ValueChanges, v => v.Field is "contact_email" or "client_name");
    }

    [Fact]
    public async Task UserUpdate_WhenRoleChanges_RecordsOldAndNewRoleButNeverTheEmail()
    {
        await using var host = TestHost.Create();

        ResultAssert.Succeeded(await host.UserUpdate.UpdateAsync(Seed.Admin, Seed.TechnicalSupport, new ChangeSet
        {
            { "role", "executive" },
            { "email", "renamed.person@example.com" },
            { "name", "Renamed Person" },
        }));

        var entry = (await host.AuditAsync())[^1];
        Assert.Equal(AuditAction.Update, entry.Action);
        Assert.Equal(Seed.TechnicalSupport, entry.EntityId);
        Assert.Equal(["role", "email", "name"], entry.ChangedFields);
        Assert.Equal([new AuditValueChange("role", "technical_support", "executive")], entry.ValueChanges);
        AssertNoPersonalValue(entry, "renamed.person@example.com", "Renamed Person", "u-ts@staff.example", "Person u-ts");
    }

    [Fact]
    public async Task Procedures_AcrossAStory_NeverWritePersonalValuesToAuditOrLogs()
    {
        await using var host = TestHost.Create();
        string[] personal = ["Maria Secret", "maria.secret@example.com", "hidden@johnsonllc", "Vendor Person", "desk@hidden.example", "+4420794609", "4420794609"];

        var clientId = ResultAssert.Succeeded(await host.ClientOnboarding.OnboardAsync(Seed.Admin, Requests.NewClient() with { ContactEmail = "hidden@johnsonllc" }));
        var userId = ResultAssert.Succeeded(await host.UserRegistration.RegisterAsync(Seed.Admin, new UserRegistrationRequest { Name = "Maria Secret", Email = "maria.secret@example.com", Role = "account_manager", ClientId = clientId }));
        ResultAssert.Succeeded(await host.VendorRegistration.RegisterAsync(Seed.Admin, new VendorRegistrationRequest { VendorName = "Hidden Co", VendorEmail = "desk@hidden.example", VendorPhone = "+44 20 7946 09", VendorType = "cloud_provider" }));
        ResultAssert.Halted(await host.UserRegistration.RegisterAsync(Seed.Admin, new UserRegistrationRequest { Name = "Maria Secret", Email = "MARIA.secret@example.com", Role = "executive" }), HaltCode.Duplicate, "email");
        ResultAssert.Halted(await host.UserRegistration.RegisterAsync(Seed.Admin, new UserRegistrationRequest { Name = "Maria Secret", Email = "maria.secret@example", Role = "boss" }), HaltCode.ValidationFailed, "role");
        ResultAssert.Halted(await host.ClientUpdate.UpdateAsync(userId, Seed.ClientB, new ChangeSet { { "contact_email", "hidden@johnsonllc" } }), HaltCode.Unauthorized);

        foreach (var entry in await host.AuditAsync())
        {
            AssertNoPersonalValue(entry, personal);
        }

        var logs = host.Logs.GetSnapshot();
        Assert.NotEmpty(logs);
        foreach (var record in logs)
        {
            foreach (var value in personal)
            {
                Assert.DoesNotContain(value, record.Message, StringComparison.OrdinalIgnoreCase);
            }
        }
    }

    [Fact]
    public async Task DeniedCall_ByDefault_LeavesOneDeniedAuditEntryAndChangesNoRecord()
    {
        await using var host = TestHost.Create();
        var before = await host.SnapshotAsync();

        ResultAssert.Halted(await host.ClientUpdate.UpdateAsync(Seed.AdminOnLeave, Seed.ClientA, new ChangeSet { { "status", "inactive" } }), HaltCode.Unauthorized);

        var after = await host.SnapshotAsync();
        after.AssertRecordsEqual(before);
        Assert.Equal(before.Audit.Count + 1, after.Audit.Count);
        var entry = after.Audit[^1];
        Assert.Equal(AuditOutcome.Denied, entry.Outcome);
        Assert.Equal("actor_not_active", entry.Reason);
        Assert.Equal(Seed.AdminOnLeave, entry.ActorUserId);
        Assert.Equal(Seed.ClientA, entry.EntityId);
        Assert.Empty(entry.ChangedFields);
    }

    [Fact]
    public async Task DeniedCall_WhenAuditDenialsIsOff_LeavesNoAuditEntry()
    {
        await using var host = TestHost.Create(o => o.AuditDenials = false);
        var before = await host.SnapshotAsync();

        ResultAssert.Halted(await host.VendorRegistration.RegisterAsync(Seed.TechnicalSupport, Requests.NewVendor()), HaltCode.Unauthorized);

        (await host.SnapshotAsync()).AssertUnchanged(before);
    }

    [Fact]
    public async Task HaltOtherThanDenial_LeavesNoAuditEntry()
    {
        await using var host = TestHost.Create();
        var before = await host.SnapshotAsync();

        ResultAssert.Halted(await host.ClientOnboarding.OnboardAsync(Seed.Admin, Requests.NewClient() with { RegistrationNumber = "REG-A" }), HaltCode.Duplicate, "registration_number");
        ResultAssert.Halted(await host.UserUpdate.UpdateAsync(Seed.Admin, "u-missing", new ChangeSet { { "status", "active" } }), HaltCode.NotFound, "user_id");
        ResultAssert.Halted(await host.VendorRegistration.RegisterAsync(Seed.Admin, Requests.NewVendor() with { VendorType = "x" }), HaltCode.ValidationFailed, "vendor_type");

        (await host.SnapshotAsync()).AssertUnchanged(before);
    }

    private static void AssertNoPersonalValue(AuditEntry entry, params string[] values)
    {
        var text = string.Join("|", new[] { entry.AuditId, entry.EntityId, entry.ActorUserId, entry.Reason }
            .Concat(entry.ChangedFields)
            .Concat(entry.ValueChanges.SelectMany(v => new[] { v.Field, v.OldValue, v.NewValue })));
        foreach (var value in values)
        {
            Assert.DoesNotContain(value, text, StringComparison.OrdinalIgnoreCase);
        }
    }
}
