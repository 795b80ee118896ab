using System.Text.Json;
using IncidentCore.Adapters.InMemory;
using IncidentCore.Ports;
using IncidentCore.Samples.McpServer.Wire;

namespace IncidentCore.Samples.McpServer.Startup;

/// <summary>Reads a seed file and loads its records, with their ids, into the in-memory store or the database.</summary>
internal static class SeedLoader
{
    /// <summary>Reads and checks a seed file; a malformed file fails here, before the server starts.</summary>
    public static SeedRecords Read(string path, DateTimeOffset loadedAt)
    {
        SeedFile file;
        using (var stream = File.OpenRead(path))
        {
            file = JsonSerializer.Deserialize<SeedFile>(stream, WireJson.Options)
                ?? throw new FormatException("The seed file must hold one JSON object with arrays clients, users and vendors.");
        }

        return new SeedRecords(
            [.. file.Clients.Select(c => c.ToDomain(loadedAt))],
            [.. file.Users.Select(u => u.ToDomain(loadedAt))],
            [.. file.Vendors.Select(v => v.ToDomain(loadedAt))]);
    }

    public static void AddTo(InMemorySeedData seed, SeedRecords records)
    {
        foreach (var client in records.Clients)
        {
            seed.Clients.Add(client);
        }

        foreach (var user in records.Users)
        {
            seed.Users.Add(user);
        }

        foreach (var vendor in records.Vendors)
        {
            seed.Vendors.Add(vendor);
        }
    }

    /// <summary>Adds the records the database does not hold yet (by id), all in one unit of work.</summary>
    public static async Task ImportAsync(IUnitOfWorkFactory store, SeedRecords records, CancellationToken cancellationToken)
    {
        await using var work = await store.BeginAsync(cancellationToken);
        foreach (var client in records.Clients)
        {
            if (await work.Clients.FindByIdAsync(client.ClientId, cancellationToken) is null)
            {
                work.Clients.Add(client);
            }
        }

        foreach (var vendor in records.Vendors)
        {
            if (await work.Vendors.FindByIdAsync(vendor.VendorId, cancellationToken) is null)
            {
                work.Vendors.Add(vendor);
            }
        }

        foreach (var user in records.Users)
        {
            if (await work.Users.FindByIdAsync(user.UserId, cancellationToken) is null)
            {
                work.Users.Add(user);
            }
        }

        var commit = await work.CommitAsync(cancellationToken);
        if (!commit.IsCommitted)
        {
            throw new InvalidOperationException($"The seed could not be stored ({commit.Status}{(commit.DuplicateField is null ? "" : $": {commit.DuplicateField}")}).");
        }
    }
}
