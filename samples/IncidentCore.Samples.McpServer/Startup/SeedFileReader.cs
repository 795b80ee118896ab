using System.Text.Json;
using IncidentCore.Domain;
using IncidentCore.Procedures.Import;
using IncidentCore.Samples.McpServer.Wire;

namespace IncidentCore.Samples.McpServer.Startup;

/// <summary>
/// Reads a seed file into what the server loads: the batch the library's registry import takes, and the incident
/// records with their seed actor. A malformed file fails here, before the server starts.
/// </summary>
internal static class SeedFileReader
{
    public static SeedContent Read(string path)
    {
        SeedFile file;
        using (var stream = File.OpenRead(path))
        {
            file = JsonSerializer.Deserialize<SeedFile>(stream, WireJson.Options)
                ?? throw new FormatException("The seed file must hold one JSON object with arrays clients, users, vendors, products, components and incidents.");
        }

        var batch = new RegistryImportBatch();
        foreach (var client in file.Clients)
        {
            batch.Clients.Add(client.ToImport());
        }

        foreach (var vendor in file.Vendors)
        {
            batch.Vendors.Add(vendor.ToImport());
        }

        foreach (var user in file.Users)
        {
            batch.Users.Add(user.ToImport());
        }

        var content = new SeedContent(batch, file.SeedActorUserId, file.Products, file.Components, file.Incidents);
        CheckIncidentRecords(content);
        return content;
    }

    /// <summary>
    /// The records the seed actor creates keep their ids, so each id must be well formed and used once in its array;
    /// their fields are left to the procedures.
    /// </summary>
    private static void CheckIncidentRecords(SeedContent content)
    {
        if (content.HoldsIncidentRecords && string.IsNullOrWhiteSpace(content.SeedActorUserId))
        {
            throw new FormatException("seed_actor_user_id is required when the seed file holds products, components or incidents: they are created by that user through the library's procedures.");
        }

        CheckIds(EntityType.Product, "product_id", content.Products.Select(p => p.ProductId));
        CheckIds(EntityType.InfrastructureComponent, "component_id", content.Components.Select(c => c.ComponentId));
        CheckIds(EntityType.Incident, "incident_id", content.Incidents.Select(i => i.IncidentId));
    }

    private static void CheckIds(EntityType entityType, string field, IEnumerable<string> ids)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var position = 0;
        foreach (var id in ids)
        {
            position++;
            if (!SeedIds.IsWellFormed(id))
            {
                throw new FormatException($"{entityType.ToWireName()} #{position}: {field} is not a well-formed id (1 to {FieldLimits.MaximumIdLength} letters, digits, '-', '_', '.' or ':').");
            }

            if (!seen.Add(id))
            {
                throw new FormatException($"{entityType.ToWireName()} {id}: {field} is used twice in the seed file.");
            }
        }
    }
}
