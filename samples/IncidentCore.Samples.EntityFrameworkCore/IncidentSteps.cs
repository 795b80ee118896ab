using IncidentCore.Domain.Normalization;
using IncidentCore.Ports;
using IncidentCore.Ports.Incidents;
using IncidentCore.Procedures;
using IncidentCore.Procedures.Incidents;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentCore.Samples.EntityFrameworkCore;

/// <summary>
/// The incident domain on the same context: the administrator creates a product and its component (or finds them,
/// on a later run, by their name keys), then reports an incident for Johnson LLC. Each run reports one more incident.
/// </summary>
internal static class IncidentSteps
{
    public static async Task RunAsync(IServiceProvider provider)
    {
        var created = await provider.GetRequiredService<ProductCreation>().CreateAsync(Administrator.UserId, new ProductCreateRequest
        {
            ProductName = "Ledger", ProductType = "service",
        });
        var productId = created.Succeeded ? created.Value : (await FindAsync(provider, work => work.Products.FindByNameAsync(UniqueKeys.ProductName("Ledger"))))?.ProductId;
        Console.WriteLine($"   product {productId}");

        var component = await provider.GetRequiredService<ComponentCreation>().CreateAsync(Administrator.UserId, new ComponentCreateRequest
        {
            ComponentName = "ledger-db", ComponentType = "database", Environment = "production", ProductId = productId,
        });
        var componentId = component.Succeeded
            ? component.Value
            : (await FindAsync(provider, work => work.Components.FindByNameAsync(UniqueKeys.ComponentName(productId, "ledger-db"))))?.ComponentId;
        Console.WriteLine($"   component {componentId}");

        var client = await FindAsync(provider, work => work.Clients.FindByRegistrationNumberAsync(UniqueKeys.RegistrationNumber("REG-1001")));
        var now = provider.GetRequiredService<TimeProvider>().GetUtcNow();
        var reported = await provider.GetRequiredService<IncidentReport>().ReportAsync(Administrator.UserId, new IncidentReportRequest
        {
            Title = "Ledger slow", Category = "performance", Severity = "P2", ImpactLevel = "high", UrgencyLevel = "medium",
            ClientId = client?.ClientId, ComponentId = componentId, DetectionTimestamp = now.AddMinutes(-5).ToString("O"),
        });
        Console.WriteLine(reported.Succeeded ? $"   incident {reported.Value} reported" : $"   halted: {reported.Halt.CodeName} - {reported.Halt.Message}");
    }

    private static async Task<T?> FindAsync<T>(IServiceProvider provider, Func<IIncidentUnitOfWork, ValueTask<T?>> find)
    {
        await using var work = await provider.GetRequiredService<IUnitOfWorkFactory>().BeginAsync();
        return await find((IIncidentUnitOfWork)work);
    }
}
