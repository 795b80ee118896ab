using IncidentCore.Domain;
using IncidentCore.Procedures;
using IncidentCore.Tests.Support;

namespace IncidentCore.Tests.Procedures;

/// <summary>Vendor update: the sixth SOP, declared on the pipeline like the others.</summary>
public sealed class VendorUpdateTests
{
    [Fact]
    public async Task Update_WithEveryField_ChangesTheVendorSetsUpdatedAtAndAuditsWithoutPersonalValues()
    {
        await using var host = TestHost.Create();
        host.Time.Advance(TimeSpan.FromMinutes(5));

        var updated = ResultAssert.Succeeded(await host.VendorUpdate.UpdateAsync(Seed.IncidentManager, Seed.VendorA, new ChangeSet
        {
            { "vendor_name", "Vendor A Renamed" },
            { "contact_email", "help@vendor-a.example" },
            { "contact_phone", "+44 20 7946 0958" },
            { "vendor_type", "security_provider" },
            { "status", "suspended" },
        }));

        Assert.Equal("Vendor A Renamed", updated.VendorName);
        Assert.Equal("help@vendor-a.example", updated.ContactEmail);
        Assert.Equal("+442079460958", updated.ContactPhone);
        Assert.Equal(VendorType.SecurityProvider, updated.VendorType);
        Assert.Equal(VendorStatus.Suspended, updated.Status);
        Assert.Equal(Seed.PolicyNow.AddMinutes(5), updated.UpdatedAt);
        Assert.Equal(2, updated.Version);
        Assert.Equal(updated, await host.VendorAsync(Seed.VendorA));

        var entry = Assert.Single(await host.AuditAsync());
        Assert.Equal(AuditAction.Update, entry.Action);
        Assert.Equal(EntityType.Vendor, entry.EntityType);
        Assert.Equal("vendor_update.incident_manager", entry.Reason);
        Assert.Equal(["vendor_name", "contact_email", "contact_phone", "vendor_type", "status"], entry.ChangedFields);
        Assert.Equal(
            [new AuditValueChange("vendor_type", "cloud_provider", "security_provider"), new AuditValueChange("status", "active", "suspended")],
            entry.ValueChanges);
    }

    [Theory]
    [InlineData("vendor_name", "vendor b")]
    [InlineData("contact_email", "DESK@vendor-b.example")]
    [InlineData("contact_phone", "+1 713 638 7000")]
    public async Task Update_WhenAUniqueValueBelongsToAnotherVendor_HaltsDuplicateAndChangesNothing(string field, string value)
    {
        await using var host = TestHost.Create();
        var other = ResultAssert.Succeeded(await host.VendorRegistration.RegisterAsync(Seed.Admin, new VendorRegistrationRequest
        {
            VendorName = "Vendor B", VendorEmail = "desk@vendor-b.example", VendorPhone = "+17136387000", VendorType = "cloud_provider",
        }));
        var before = await host.SnapshotAsync();

        ResultAssert.Halted(await host.VendorUpdate.UpdateAsync(Seed.Admin, Seed.VendorA, new ChangeSet { { field, value } }), HaltCode.Duplicate, field);

        Assert.NotEqual(Seed.VendorA, other);
        (await host.SnapshotAsync()).AssertRecordsEqual(before);
    }

    [Fact]
    public async Task Update_KeepingItsOwnUniqueValuesInAnotherSpelling_Succeeds()
    {
        await using var host = TestHost.Create();

        ResultAssert.Succeeded(await host.VendorUpdate.UpdateAsync(Seed.Admin, Seed.VendorA, new ChangeSet
        {
            { "vendor_name", "VENDOR A" }, { "contact_email", "Desk@Vendor-A.example" }, { "contact_phone", "+1 (713) 638-7543" },
        }));
    }

    [Fact]
    public async Task Update_WhenTheVendorDoesNotExist_HaltsNotFound()
    {
        await using var host = TestHost.Create();

        ResultAssert.Halted(await host.VendorUpdate.UpdateAsync(Seed.Admin, "v-none", new ChangeSet { { "status", "inactive" } }), HaltCode.NotFound, "vendor_id");
    }

    [Theory]
    [InlineData("vendor_email", "x@example.com", "unknown_field")]
    [InlineData("vendor_id", "v-2", "not_editable")]
    [InlineData("created_at", "2025-01-01T00:00:00Z", "not_editable")]
    [InlineData("contact_phone", "not a phone", "invalid")]
    [InlineData("vendor_type", "software_vendor", "invalid")]
    [InlineData("vendor_name", null, "required")]
    [InlineData("status", "deleted", "invalid")]
    public async Task Update_WithABadChange_HaltsValidationFailedNamingTheFieldAndChangesNothing(string field, string? value, string code)
    {
        await using var host = TestHost.Create();
        var before = await host.SnapshotAsync();

        var halt = ResultAssert.Halted(await host.VendorUpdate.UpdateAsync(Seed.Admin, Seed.VendorA, new ChangeSet { { field, value } }), HaltCode.ValidationFailed, field);

        Assert.Contains(halt.Errors, e => e.Field == field && e.Code == code);
        (await host.SnapshotAsync()).AssertRecordsEqual(before);
    }

    [Fact]
    public async Task Update_WithAnEmptyChangeSet_HaltsValidationFailed()
    {
        await using var host = TestHost.Create();

        ResultAssert.Halted(await host.VendorUpdate.UpdateAsync(Seed.Admin, Seed.VendorA, new ChangeSet()), HaltCode.ValidationFailed, "change_set");
    }

    [Fact]
    public async Task Update_ByAVendorContactOfThatVendor_IsDeniedAndAuditedAsDenied()
    {
        await using var host = TestHost.Create();

        var halt = ResultAssert.Halted(await host.VendorUpdate.UpdateAsync(Seed.VendorContactOfA, Seed.VendorA, new ChangeSet { { "status", "inactive" } }), HaltCode.Unauthorized);

        Assert.Equal(IncidentCore.Policy.DenialReason.RoleNotPermitted, halt.DenialReason);
        var entry = Assert.Single(await host.AuditAsync());
        Assert.Equal(AuditOutcome.Denied, entry.Outcome);
        Assert.Equal(Seed.VendorA, entry.EntityId);
    }
}
