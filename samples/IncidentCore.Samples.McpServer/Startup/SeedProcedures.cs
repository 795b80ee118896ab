using IncidentCore.Domain;
using IncidentCore.Policy;
using IncidentCore.Procedures;
using IncidentCore.Procedures.Incidents;

namespace IncidentCore.Samples.McpServer.Startup;

/// <summary>
/// Creates a seed file's products, components and incidents through the library's own procedures, acting as the seed
/// actor the file names: each record is validated, authorized (the actor needs the roles that create products and
/// components and report incidents, such as technical_support), written with its audit entry by that actor, and keeps
/// the id the file gives it. The registry import cannot carry these records, and nothing is written to the store
/// behind the library's back. Each record commits on its own; the first halt stops the start-up.
/// </summary>
internal static class SeedProcedures
{
    /// <summary>How many records of each kind were created.</summary>
    public sealed record Created(int Products, int Components, int Incidents);

    /// <summary>
    /// Creates the records in the order products, components, incidents. On a halt writes the record's entity, id, and
    /// the halt's code with each field and error code (never a value) to <paramref name="error"/> and returns null.
    /// </summary>
    public static async Task<Created?> RunAsync(IServiceProvider services, SeedContent seed, TextWriter error, CancellationToken cancellationToken)
    {
        var actor = seed.SeedActorUserId!;
        var ids = services.GetRequiredService<SeedRecordIds>();

        var products = services.GetRequiredService<ProductCreation>();
        foreach (var product in seed.Products)
        {
            if (!await CreateAsync(ids, EntityType.Product, product.ProductId, () => products.CreateAsync(actor, product.ToRequest(), cancellationToken), error))
            {
                return null;
            }
        }

        var components = services.GetRequiredService<ComponentCreation>();
        foreach (var component in seed.Components)
        {
            if (!await CreateAsync(ids, EntityType.InfrastructureComponent, component.ComponentId, () => components.CreateAsync(actor, component.ToRequest(), cancellationToken), error))
            {
                return null;
            }
        }

        var report = services.GetRequiredService<IncidentReport>();
        foreach (var incident in seed.Incidents)
        {
            if (!await CreateAsync(ids, EntityType.Incident, incident.IncidentId, () => report.ReportAsync(actor, incident.ToRequest(), cancellationToken), error))
            {
                return null;
            }
        }

        return new Created(seed.Products.Count, seed.Components.Count, seed.Incidents.Count);
    }

    private static async Task<bool> CreateAsync(SeedRecordIds ids, EntityType entityType, string id, Func<ValueTask<SopResult<string>>> create, TextWriter error)
    {
        SopResult<string> result;
        ids.HandOut(entityType, id);
        try
        {
            result = await create();
        }
        finally
        {
            ids.Clear();
        }

        if (result.Succeeded && string.Equals(result.Value, id, StringComparison.Ordinal))
        {
            return true;
        }

        await error.WriteLineAsync($"The seed file was not fully loaded: the records before this one are stored, this one and those after it are not.");
        if (result.Succeeded)
        {
            await error.WriteLineAsync($"  {entityType.ToWireName()} {id}: created as {result.Value} instead of its own id");
            return false;
        }

        var halt = result.Halt;
        var reason = halt.DenialReason == DenialReason.None ? string.Empty : $" ({halt.DenialReason.ToWireName()})";
        await error.WriteLineAsync($"  {entityType.ToWireName()} {id}: {halt.CodeName}{reason}");
        foreach (var field in halt.Errors)
        {
            await error.WriteLineAsync($"  {entityType.ToWireName()} {id}: {field.Field} {field.Code}");
        }

        return false;
    }
}
