using System.Text.Json;
using IncidentCore.Procedures.Import;
using IncidentCore.Samples.McpServer.Wire;

namespace IncidentCore.Samples.McpServer.Startup;

/// <summary>Reads a seed file into the batch the library's registry import takes; a malformed file fails here, before the server starts.</summary>
internal static class SeedFileReader
{
    public static RegistryImportBatch Read(string path)
    {
        SeedFile file;
        using (var stream = File.OpenRead(path))
        {
            file = JsonSerializer.Deserialize<SeedFile>(stream, WireJson.Options)
                ?? throw new FormatException("The seed file must hold one JSON object with arrays clients, users and vendors.");
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

        return batch;
    }
}
