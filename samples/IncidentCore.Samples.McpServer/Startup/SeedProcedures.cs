using IncidentCore.Domain;
using IncidentCore.Policy;
using IncidentCore.Ports;
using IncidentCore.Procedures;
using IncidentCore.Procedures.Incidents;

namespace IncidentCore.Samples.McpServer.Startup;

/// <summary>
/// Creates a seed file's products, components and incidents through the library's own procedures, acting as the seed
/// actor the file names: each record is validated, authorized (the actor needs the roles that create products and
/// components and report incidents, such as technical_support), written with its audit entry by that actor, and keeps
/// the id the file gives it. The registry import cannot carry these records, and nothing is written to the store
/// behind the library's back. As with the import, a record whose id is already stored is left alone, so a database
/// started again on the same seed file gets nothing new. Each record commits on its own; the first halt stops the
/// start-up.
/// </summary>
internal static class SeedProcedures
{
    /// <summary>How many records were created, and how many were left alone because their id was already stored.</summary>
    public sealed record Outcome(int Created, int AlreadyPresent);

    /// <summary>
    /// Creates the records in the order products, components, incidents. On a halt writes the record's entity, id, and
    /// the halt's code with each field and error code (never a value) to <paramref name="error"/> and returns null.
    /// </summary>
    public static async Task<Outcome?> RunAsync(IServiceProvider services, SeedContent seed, TextWriter error, CancellationToken cancellationToken)
    {
        var actor = seed.SeedActorUserId!;
        var ids = services.GetRequiredService<SeedRecordIds>();
        var stored = await StoredRecords.FindAsync(services.GetRequiredService<IUnitOfWorkFactory>(), seed, cancellationToken);
        var products = services.GetRequiredService<ProductCreation>();
        var components = services.GetRequiredService<ComponentCreation>();
        var report = services.GetRequiredService<IncidentReport>();

        IEnumerable<(EntityType Type, string Id, Func<ValueTask<SopResult<string>>> Create)> records =
        [
            .. seed.Products.Select(p => (EntityType.Product, p.ProductId, (Func<ValueTask<SopResult<string>>>)(() => products.CreateAsync(actor, p.ToRequest(), cancellationToken)))),
            .. seed.Components.Select(c => (EntityType.InfrastructureComponent, c.ComponentId, (Func<ValueTask<SopResult<string>>>)(() => components.CreateAsync(actor, c.ToRequest(), cancellationToken)))),
            .. seed.Incidents.Select(i => (EntityType.Incident, i.IncidentId, (Func<ValueTask<SopResult<string>>>)(() => report.ReportAsync(actor, i.ToRequest(), cancellationToken)))),
        ];

        var created = 0;
        var alreadyPresent = 0;
        foreach (var (type, id, create) in records)
        {
            if (stored.Contains((type, id)))
            {
                alreadyPresent++;
                continue;
            }

            if (!await CreateAsync(ids, type, id, create, error))
            {
                return null;
            }

            created++;
        }

        return new Outcome(created, alreadyPresent);
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

        await error.WriteLineAsync("The seed file was not fully loaded: the records before this one are stored, this one and those after it are not.");
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
