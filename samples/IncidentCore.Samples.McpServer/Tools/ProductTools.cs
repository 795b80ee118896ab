using IncidentCore.Policy;
using IncidentCore.Procedures.Definitions;
using IncidentCore.Procedures.Incidents;
using IncidentCore.Samples.McpServer.Wire;

namespace IncidentCore.Samples.McpServer.Tools;

/// <summary>Product tools: add_product and update_product, their arguments from the SOP definitions.</summary>
internal static class ProductTools
{
    public static IEnumerable<IncidentTool> All() => [AddProduct(), UpdateProduct()];

    private static IncidentTool AddProduct() => new(
        "add_product",
        "Product creation: adds a product and returns its product_id. The name is unique; a support vendor must exist. Authorized: system_administrator, technical_support.",
        readOnly: false,
        SopToolFields.Inputs(SopCatalog.For(Operation.ProductCreate)),
        async call =>
        {
            var result = await call.Services.GetRequiredService<ProductCreation>().CreateAsync(
                call.ActorUserId, call.Arguments.Request<ProductCreateRequest>(), call.CancellationToken);
            return result.Succeeded ? ToolResults.Success(new { product_id = result.Value }) : ToolResults.Halted(result.Halt);
        });

    private static IncidentTool UpdateProduct()
    {
        var sop = SopCatalog.For(Operation.ProductUpdate);
        return new(
            "update_product",
            "Product update: changes a product's name, type, version, support vendor or status and returns the record. Authorized: system_administrator, technical_support.",
            readOnly: false,
            SopToolFields.Update(sop),
            async call =>
            {
                var result = await call.Services.GetRequiredService<ProductUpdate>().UpdateAsync(
                    call.ActorUserId, call.Arguments.Text(sop.IdField)!, call.Arguments.ChangeSet("change_set"), call.CancellationToken);
                return result.Succeeded ? ToolResults.Success(ProductRecord.From(result.Value)) : ToolResults.Halted(result.Halt);
            });
    }
}
