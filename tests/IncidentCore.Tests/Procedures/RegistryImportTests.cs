using IncidentCore.Domain;
using IncidentCore.Procedures;
using IncidentCore.Procedures.Import;
using IncidentCore.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentCore.Tests.Procedures;

/// <summary>The import/bootstrap use case: validated like the procedures, unique, audited, all or nothing.</summary>
public sealed class RegistryImportTests
{
    private static RegistryImportBatch ValidBatch()
    {
        var batch = new RegistryImportBatch();
        batch.Clients.Add(new("c-9", Requests.NewClient("9")));
        batch.Vendors.Add(new("v-9", Requests.NewVendor("9")));
        batch.Users.Add(new("u-9", Requests.NewUser("9") with { Role = "vendor_contact", VendorId = "v-9" }));
        batch.Users.Add(new("u-10", Requests.NewUser("10") with { Role = "client_contact", ClientId = "c-9" }));
        return batch;
    }

    [Fact]
    public async Task Import_OfAValidBatch_StoresEveryRecordWithItsIdAndOneAuditEntryEachByTheImportActor()
    {
        await using var host = TestHost.Create();
        var import = host.Provider.GetRequiredService<RegistryImport>();

        var report = await import.ImportAsync(ValidBatch());

        Assert.True(report.Succeeded, report.ToString());
        Assert.Equal(4, report.Imported);
        Assert.Equal("+15550100009", (await host.VendorAsync("v-9"))!.ContactPhone);
        Assert.Equal("c-9", (await host.UserAsync("u-10"))!.ClientId);
        var audit = await host.AuditAsync();
        Assert.Equal(4, audit.Count);
        Assert.All(audit, e =>
        {
            Assert.Equal(RegistryImport.ImportActorUserId, e.ActorUserId);
            Assert.Equal(RegistryImport.Rule, e.Reason);
            Assert.Equal(AuditAction.Create, e.Action);
        });
        Assert.Equal(["c-9", "v-9", "u-9", "u-10"], audit.Select(e => e.EntityId));
    }

    [Fact]
    public async Task Import_RunTwice_LeavesStoredRecordsAloneAndAuditsNothingNew()
    {
        await using var host = TestHost.Create();
        var import = host.Provider.GetRequiredService<RegistryImport>();
        Assert.True((await import.ImportAsync(ValidBatch())).Succeeded);

        var again = await import.ImportAsync(ValidBatch());

        Assert.True(again.Succeeded, again.ToString());
        Assert.Equal(0, again.Imported);
        Assert.Equal(4, again.AlreadyPresent);
        Assert.Equal(4, (await host.AuditAsync()).Count);
    }

    [Fact]
    public async Task Import_WithBadRecords_StoresNothingAndReportsEveryBadRecordWithItsFieldAndCode()
    {
        await using var host = TestHost.Create();
        var before = await host.SnapshotAsync();
        var batch = ValidBatch();
        batch.Vendors.Add(new("v-comma", Requests.NewVendor("8") with { VendorEmail = "support@cloud,co.example" }));
        batch.Clients.Add(new("c-twin", Requests.NewClient("7") with { RegistrationNumber = " new-9 " }));
        batch.Users.Add(new("u-lost", Requests.NewUser("11") with { ClientId = "c-missing" }));
        batch.Users.Add(new("bad id!", Requests.NewUser("12")));
        batch.Clients.Add(new("c-taken", Requests.NewClient("6") with { ContactEmail = "CONTACT@client-a" }));

        var report = await host.Provider.GetRequiredService<RegistryImport>().ImportAsync(batch);

        Assert.False(report.Succeeded);
        Assert.Equal(0, report.Imported);
        (await host.SnapshotAsync()).AssertRecordsEqual(before);
        Assert.Empty(await host.AuditAsync());
        Assert.Contains(report.Problems, p => p is { EntityType: EntityType.Vendor, RecordId: "v-comma", Field: "vendor_email", Code: "invalid" });
        Assert.Contains(report.Problems, p => p is { EntityType: EntityType.User, Field: "user_id", Code: "invalid" });
        Assert.DoesNotContain(report.Problems, p => p.Message.Contains("cloud,co", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Import_WithDuplicatesAndMissingReferences_StoresNothingAndNamesEach()
    {
        await using var host = TestHost.Create();
        var batch = ValidBatch();
        batch.Clients.Add(new("c-twin", Requests.NewClient("7") with { RegistrationNumber = " new-9 " }));
        batch.Users.Add(new("u-lost", Requests.NewUser("11") with { ClientId = "c-missing" }));
        batch.Clients.Add(new("c-taken", Requests.NewClient("6") with { ContactEmail = "CONTACT@client-a" }));

        var report = await host.Provider.GetRequiredService<RegistryImport>().ImportAsync(batch);

        Assert.False(report.Succeeded);
        Assert.Contains(report.Problems, p => p is { EntityType: EntityType.Client, RecordId: "c-twin", Field: "registration_number", Code: "duplicate" });
        Assert.Contains(report.Problems, p => p is { EntityType: EntityType.Client, RecordId: "c-taken", Field: "contact_email", Code: "duplicate" });
        Assert.Contains(report.Problems, p => p is { EntityType: EntityType.User, RecordId: "u-lost", Field: "client_id", Code: "not_found" });
        Assert.Null(await host.ClientAsync("c-9"));
        Assert.Empty(await host.AuditAsync());
    }
}
