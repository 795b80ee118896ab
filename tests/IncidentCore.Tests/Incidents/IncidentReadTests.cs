using IncidentCore.Policy;
using IncidentCore.Procedures;
using IncidentCore.Tests.Support;

namespace IncidentCore.Tests.Incidents;

public sealed class IncidentReadTests
{
    [Fact]
    public async Task Read_ByContacts_OnlyTheirOwnAndAMissingIncidentLooksTheSame()
    {
        await using var h = IncidentHost.Create();
        var ofA = await h.ReportedAsync();
        var ofB = await h.ReportedAsync(IncidentHost.P1ForClientA() with { ClientId = Seed.ClientB, ComponentId = IncidentSeed.ComponentUnsupported });

        ResultAssert.Succeeded(await h.Read.ReadAsync(Seed.ClientContactOfA, ofA));
        ResultAssert.Succeeded(await h.Read.ReadAsync(Seed.VendorContactOfA, ofA));
        var otherClient = ResultAssert.Halted(await h.Read.ReadAsync(Seed.ClientContactOfA, ofB), HaltCode.Unauthorized);
        var missing = ResultAssert.Halted(await h.Read.ReadAsync(Seed.ClientContactOfA, "999"), HaltCode.Unauthorized);
        var otherVendor = ResultAssert.Halted(await h.Read.ReadAsync(IncidentSeed.VendorContactOfB, ofA), HaltCode.Unauthorized);

        Assert.Equal(otherClient.Message, missing.Message);
        Assert.Equal(DenialReason.NotAssignedToVendor, otherVendor.DenialReason);
        ResultAssert.Halted(await h.Read.ReadAsync(Seed.TechnicalSupport, "999"), HaltCode.NotFound, "incident_id");
    }

    [Fact]
    public async Task List_AClientsIncidents_PagesByKeyInReportOrderAndIsGovernedByClient()
    {
        await using var h = IncidentHost.Create();
        var ids = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add(await h.ReportedAsync());
        }

        await h.ReportedAsync(IncidentHost.P1ForClientA() with { ClientId = Seed.ClientB });

        var first = ResultAssert.Succeeded(await h.List.ListAsync(Seed.ClientContactOfA, Seed.ClientA, null, 2));
        var second = ResultAssert.Succeeded(await h.List.ListAsync(Seed.ClientContactOfA, Seed.ClientA, first[^1].IncidentId, 2));
        var last = ResultAssert.Succeeded(await h.List.ListAsync(Seed.ClientContactOfA, Seed.ClientA, second[^1].IncidentId, 2));

        Assert.Equal(ids, first.Concat(second).Concat(last).Select(i => i.IncidentId));
        Assert.Equal(DenialReason.NotAssignedToClient, ResultAssert.Halted(await h.List.ListAsync(Seed.ClientContactOfA, Seed.ClientB, null, 2), HaltCode.Unauthorized).DenialReason);
        Assert.Equal(DenialReason.RoleNotPermitted, ResultAssert.Halted(await h.List.ListAsync(Seed.VendorContactOfA, Seed.ClientA, null, 2), HaltCode.Unauthorized).DenialReason);
        ResultAssert.Halted(await h.List.ListAsync(Seed.Admin, "c-missing", null, 2), HaltCode.NotFound, "client_id");
    }
}
