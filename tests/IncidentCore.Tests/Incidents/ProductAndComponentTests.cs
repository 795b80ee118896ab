using IncidentCore.Policy;
using IncidentCore.Procedures;
using IncidentCore.Procedures.Incidents;
using IncidentCore.Tests.Support;

namespace IncidentCore.Tests.Incidents;

public sealed class ProductAndComponentTests
{
    [Fact]
    public async Task Product_NameIsUniqueByItsKeyAndTheSupportVendorMustExist()
    {
        await using var h = IncidentHost.Create();

        ResultAssert.Succeeded(await h.Products.CreateAsync(Seed.TechnicalSupport, new ProductCreateRequest { ProductName = "Mobile App", ProductType = "app", SupportVendorId = Seed.VendorA }));
        ResultAssert.Halted(await h.Products.CreateAsync(Seed.Admin, new ProductCreateRequest { ProductName = "  mobile  app ", ProductType = "app" }), HaltCode.Duplicate, "product_name");
        ResultAssert.Halted(await h.Products.CreateAsync(Seed.Admin, new ProductCreateRequest { ProductName = "Other", ProductType = "app", SupportVendorId = "v-missing" }), HaltCode.NotFound, "support_vendor_id");
        Assert.Equal(DenialReason.RoleNotPermitted,
            ResultAssert.Halted(await h.Products.CreateAsync(Seed.IncidentManager, new ProductCreateRequest { ProductName = "X", ProductType = "app" }), HaltCode.Unauthorized).DenialReason);
    }

    [Fact]
    public async Task Component_NameIsUniqueWithinItsProductOnly()
    {
        await using var h = IncidentHost.Create();
        var request = new ComponentCreateRequest { ComponentName = "DB-PRIMARY", ComponentType = "database", Environment = "production", ProductId = IncidentSeed.ProductOfA };

        ResultAssert.Halted(await h.Components.CreateAsync(Seed.TechnicalSupport, request), HaltCode.Duplicate, "component_name");
        var id = ResultAssert.Succeeded(await h.Components.CreateAsync(Seed.TechnicalSupport, request with { ProductId = IncidentSeed.ProductUnsupported, PortNumber = "5432" }));
        ResultAssert.Halted(await h.Components.CreateAsync(Seed.TechnicalSupport, request with { ComponentName = "db-2", PortNumber = "70000" }), HaltCode.ValidationFailed, "port_number");
        ResultAssert.Halted(await h.ComponentUpdate.UpdateAsync(Seed.Admin, id, new ChangeSet { { "product_id", IncidentSeed.ProductOfA } }), HaltCode.Duplicate, "component_name");
        var moved = ResultAssert.Succeeded(await h.ComponentUpdate.UpdateAsync(Seed.Admin, id, new ChangeSet { { "operational_status", "degraded" }, { "port_number", null } }));

        Assert.Null(moved.PortNumber);
        Assert.Equal(IncidentCore.Domain.Incidents.OperationalStatus.Degraded, moved.OperationalStatus);
    }

    [Fact]
    public async Task ComponentAndProduct_WhenAShortNameNormalisesPastTheKeyBound_AreRefusedNamingTheNameAndNothingIsStored()
    {
        // U+FDFA is one character that normalises to eighteen: 40 of them fit the text limit but not the key bound.
        await using var h = IncidentHost.Create();
        var name = new string('\uFDFA', 40);

        var component = ResultAssert.Halted(await h.Components.CreateAsync(Seed.TechnicalSupport, new ComponentCreateRequest
        {
            ComponentName = name, ComponentType = "database", Environment = "production", ProductId = IncidentSeed.ProductOfA,
        }), HaltCode.ValidationFailed, "component_name");
        var renamed = ResultAssert.Halted(await h.ComponentUpdate.UpdateAsync(Seed.Admin, IncidentSeed.ComponentOfA, new ChangeSet { { "component_name", name } }),
            HaltCode.ValidationFailed, "component_name");
        var product = ResultAssert.Halted(await h.Products.CreateAsync(Seed.TechnicalSupport, new ProductCreateRequest { ProductName = name, ProductType = "app" }),
            HaltCode.ValidationFailed, "product_name");

        Assert.All(new[] { component, renamed, product }, halt => Assert.Equal("too_long", Assert.Single(halt.Errors).Code));
        Assert.Equal("db-primary", IncidentStoreSnapshot.Of(h.Host).Components.Single(c => c.ComponentId == IncidentSeed.ComponentOfA).ComponentName);
    }
}
