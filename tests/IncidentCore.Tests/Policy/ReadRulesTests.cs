using IncidentCore.Domain;
using IncidentCore.Policy;
using IncidentCore.Procedures;
using IncidentCore.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IncidentCore.Tests.Policy;

/// <summary>
/// Reads are governed like writes: who may read which client, user and vendor, with association from the record; a
/// denial looks the same whether or not the record exists; reads write no audit entry and denied reads are logged.
/// </summary>
public sealed class ReadRulesTests
{
    private const string Missing = "does-not-exist";

    // (actor, target, expected): "ok" allowed, "not_found" allowed but no such record, or the denial reason's wire name.
    public static TheoryData<string, string, string> ClientReads() => new()
    {
        { Seed.Admin, Seed.ClientA, "ok" }, { Seed.Admin, Missing, "not_found" },
        { Seed.IncidentManager, Seed.ClientB, "ok" }, { Seed.Executive, Seed.ClientB, "ok" }, { Seed.TechnicalSupport, Seed.ClientA, "ok" },
        { Seed.AccountManagerOfA, Seed.ClientA, "ok" }, { Seed.AccountManagerOfA, Seed.ClientB, "not_assigned_to_client" },
        { Seed.AccountManagerOfA, Missing, "not_assigned_to_client" }, { Seed.AccountManagerUnassigned, Seed.ClientA, "not_assigned_to_client" },
        { Seed.ClientContactOfA, Seed.ClientA, "ok" }, { Seed.ClientContactOfA, Seed.ClientB, "not_assigned_to_client" },
        { Seed.ClientContactOfA, Missing, "not_assigned_to_client" },
        { Seed.VendorContactOfA, Seed.ClientA, "role_not_permitted" }, { Seed.VendorContactOfA, Missing, "role_not_permitted" },
        { Seed.AdminOnLeave, Seed.ClientA, "actor_not_active" }, { Seed.AdminInactive, Missing, "actor_not_active" },
        { Seed.UnknownUser, Seed.ClientA, "actor_not_found" }, { Seed.UnknownUser, Missing, "actor_not_found" },
    };

    public static TheoryData<string, string, string> UserReads() => new()
    {
        { Seed.Admin, Seed.ClientContactOfA, "ok" }, { Seed.IncidentManager, Missing, "not_found" }, { Seed.TechnicalSupport, Seed.Admin, "ok" },
        { Seed.Executive, Seed.VendorContactOfA, "ok" },
        { Seed.AccountManagerOfA, Seed.ClientContactOfA, "ok" }, { Seed.AccountManagerOfA, Seed.Admin, "not_assigned_to_client" },
        { Seed.AccountManagerOfA, Missing, "not_assigned_to_client" },
        { Seed.ClientContactOfA, Seed.AccountManagerOfA, "ok" }, { Seed.ClientContactOfA, Seed.ClientContactOfA, "ok" },
        { Seed.ClientContactOfA, Seed.TechnicalSupport, "not_assigned_to_client" }, { Seed.ClientContactOfA, Missing, "not_assigned_to_client" },
        { Seed.VendorContactOfA, Seed.VendorContactOfA, "ok" }, { Seed.VendorContactOfA, Seed.Admin, "not_assigned_to_vendor" },
        { Seed.VendorContactOfA, Missing, "not_assigned_to_vendor" },
        { Seed.AdminOnLeave, Seed.Admin, "actor_not_active" }, { Seed.UnknownUser, Missing, "actor_not_found" },
    };

    public static TheoryData<string, string, string> VendorReads() => new()
    {
        { Seed.Admin, Seed.VendorA, "ok" }, { Seed.IncidentManager, Missing, "not_found" }, { Seed.TechnicalSupport, Seed.VendorA, "ok" },
        { Seed.Executive, Seed.VendorA, "ok" },
        { Seed.VendorContactOfA, Seed.VendorA, "ok" }, { Seed.VendorContactOfA, Missing, "not_assigned_to_vendor" },
        { Seed.AccountManagerOfA, Seed.VendorA, "role_not_permitted" }, { Seed.ClientContactOfA, Seed.VendorA, "role_not_permitted" },
        { Seed.ClientContactOfA, Missing, "role_not_permitted" }, { Seed.AdminInactive, Seed.VendorA, "actor_not_active" },
    };

    [Theory]
    [MemberData(nameof(ClientReads))]
    public async Task ClientRead_ByEachActor_AllowedExactlyByTheReadRules(string actor, string clientId, string expected)
    {
        await using var host = TestHost.Create();
        await AssertOutcome(host, await host.Provider.GetRequiredService<ClientRead>().ReadAsync(actor, clientId), expected, c => c.ClientId == clientId);
    }

    [Theory]
    [MemberData(nameof(UserReads))]
    public async Task UserRead_ByEachActor_AllowedExactlyByTheReadRules(string actor, string userId, string expected)
    {
        await using var host = TestHost.Create();
        await AssertOutcome(host, await host.Provider.GetRequiredService<UserRead>().ReadAsync(actor, userId), expected, u => u.UserId == userId);
    }

    [Theory]
    [MemberData(nameof(VendorReads))]
    public async Task VendorRead_ByEachActor_AllowedExactlyByTheReadRules(string actor, string vendorId, string expected)
    {
        await using var host = TestHost.Create();
        await AssertOutcome(host, await host.Provider.GetRequiredService<VendorRead>().ReadAsync(actor, vendorId), expected, v => v.VendorId == vendorId);
    }

    [Fact]
    public async Task UserFindByEmail_ByAClientContact_DeniesAnUnknownEmailExactlyAsAnOutsidersEmail()
    {
        await using var host = TestHost.Create();
        var reads = host.Provider.GetRequiredService<UserRead>();
        var outsider = (await host.UserAsync(Seed.TechnicalSupport))!;

        var forOutsider = ResultAssert.Halted(await reads.FindByEmailAsync(Seed.ClientContactOfA, outsider.Email), HaltCode.Unauthorized);
        var forNobody = ResultAssert.Halted(await reads.FindByEmailAsync(Seed.ClientContactOfA, "nobody@nowhere.example"), HaltCode.Unauthorized);

        Assert.Equal(forOutsider.Message, forNobody.Message);
        Assert.Equal(forOutsider.DenialReason, forNobody.DenialReason);
        Assert.Equal(forOutsider.Errors, forNobody.Errors);
        var own = ResultAssert.Succeeded(await reads.FindByEmailAsync(Seed.ClientContactOfA, (await host.UserAsync(Seed.AccountManagerOfA))!.Email.ToUpperInvariant()));
        Assert.Equal(Seed.AccountManagerOfA, own.UserId);
    }

    [Fact]
    public async Task Reads_AllowedOrDenied_WriteNoAuditEntryAndDenialsAreLoggedWithTheirOwnEvent()
    {
        await using var host = TestHost.Create();

        ResultAssert.Succeeded(await host.Provider.GetRequiredService<ClientRead>().ReadAsync(Seed.Admin, Seed.ClientA));
        ResultAssert.Halted(await host.Provider.GetRequiredService<ClientRead>().ReadAsync(Seed.ClientContactOfA, Seed.ClientB), HaltCode.Unauthorized);

        Assert.Empty(await host.AuditAsync());
        Assert.Contains(host.Logs.GetSnapshot(), r => r.Id.Id == 1009 && r.Level == LogLevel.Warning && r.Message.Contains("client_read", StringComparison.Ordinal));
    }

    private static async Task AssertOutcome<T>(TestHost host, SopResult<T> result, string expected, Func<T, bool> isTarget)
    {
        var before = await host.SnapshotAsync();
        switch (expected)
        {
            case "ok":
                Assert.True(result.Succeeded, result.ToString());
                Assert.True(isTarget(result.Value!));
                break;
            case "not_found":
                ResultAssert.Halted(result, HaltCode.NotFound);
                break;
            default:
                var halt = ResultAssert.Halted(result, HaltCode.Unauthorized);
                Assert.Equal(expected, halt.DenialReason.ToWireName());
                Assert.Empty(halt.Errors);
                break;
        }

        Assert.Empty((await host.SnapshotAsync()).Audit);
        (await host.SnapshotAsync()).AssertRecordsEqual(before);
    }
}
