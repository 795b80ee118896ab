using IncidentCore.Samples.McpServer.Tests.Support;

namespace IncidentCore.Samples.McpServer.Tests.Tools;

public sealed class ComponentToolsTests
{
    [Fact]
    public async Task AddAndUpdateComponent_WhenTechnicalSupportManagesComponent_ExpectRecordWithPortAndNewStatus()
    {
        await using var session = await McpServerSession.StartWithIncidentsAsync(SeedData.TechnicalSupport);

        var added = await session.CallAsync("add_component",
            $$"""{"component_name":"payments-gateway","component_type":"load_balancer","environment":"staging","product_id":"{{SeedData.PaymentsApi}}","port_number":"8443","location":"eu-west-1"}""");
        var updated = await session.CallAsync("update_component", $$$"""{"component_id":"{{{added.Text("component_id")}}}","change_set":{"operational_status":"degraded"}}""");

        Assert.False(added.IsError, added.Body.GetRawText());
        Assert.False(updated.IsError, updated.Body.GetRawText());
        Assert.Equal("degraded", updated.Text("operational_status"));
        Assert.Equal(8443, updated.Body.GetProperty("port_number").GetInt32());
        Assert.Equal(SeedData.PaymentsApi, updated.Text("product_id"));
        Assert.Equal("staging", updated.Text("environment"));
    }

    [Fact]
    public async Task AddComponent_WhenNameIsTakenInItsProduct_ExpectDuplicateThereButAcceptedInAnotherProduct()
    {
        await using var session = await McpServerSession.StartWithIncidentsAsync(SeedData.Administrator);

        var taken = await session.CallAsync("add_component", $$"""{"component_name":"payments-db","component_type":"database","environment":"production","product_id":"{{SeedData.PaymentsApi}}"}""");
        var elsewhere = await session.CallAsync("add_component", $$"""{"component_name":"payments-db","component_type":"database","environment":"production","product_id":"{{SeedData.LedgerSuite}}"}""");

        Assert.Equal("duplicate", taken.HaltCode);
        Assert.Contains(("component_name", "duplicate"), taken.FieldErrors);
        Assert.False(elsewhere.IsError, elsewhere.Body.GetRawText());
    }

    [Fact]
    public async Task AddAndUpdateComponent_WhenPortIsOutOfRangeOrProductUnknown_ExpectHaltsNamingTheFieldAndNothingChanged()
    {
        await using var session = await McpServerSession.StartWithIncidentsAsync(SeedData.TechnicalSupport);

        var port = await session.CallAsync("update_component", $$$"""{"component_id":"{{{SeedData.PaymentsDatabase}}}","change_set":{"port_number":"70000"}}""");
        var portAsNumber = await session.CallAsync("add_component", """{"component_name":"cache","component_type":"cache","environment":"testing","port_number":6379}""");
        var product = await session.CallAsync("add_component", """{"component_name":"cache","component_type":"cache","environment":"testing","product_id":"999"}""");
        var unchanged = await session.CallAsync("update_component", $$$"""{"component_id":"{{{SeedData.PaymentsDatabase}}}","change_set":{"location":"rack 4"}}""");

        Assert.Equal("validation_failed", port.HaltCode);
        Assert.Contains(port.FieldErrors, e => e.Field == "port_number");
        Assert.Contains(("port_number", "invalid"), portAsNumber.FieldErrors);
        Assert.Equal("not_found", product.HaltCode);
        Assert.Contains(("product_id", "not_found"), product.FieldErrors);
        Assert.Equal(5432, unchanged.Body.GetProperty("port_number").GetInt32());
    }
}
