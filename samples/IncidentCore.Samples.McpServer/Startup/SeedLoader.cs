using System.Text.Json;
using IncidentCore.Adapters.InMemory;
using IncidentCore.Ports;
using IncidentCore.Samples.McpServer.Wire;

namespace IncidentCore.Samples.McpServer.Startup;

/// <summary>Reads a seed file and loads its records, with their ids, into the in-memory store or the database.</summary>
internal static class SeedLoader
{
    public static SeedFile Read(string path)
    {
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<SeedFile>(stream, WireJson.Options)
            ?? throw new FormatException("The seed file must hold one JSON object with arrays clients, users and vendors.");
    }

    public static void AddTo(InMemorySeedData seed, SeedFile file, DateTimeOffset loadedAt)
    {
        foreach (var client in file.Clients)
        {
            seed.Clients.Add(client.ToDomain(loadedAt));
        }

        foreach (var user in file.Users)
        {
            seed.Users.Add(user.ToDomain(loadedAt));
        }

        foreach (var vendor in file.Vendors)
        {
            seed.Vendors.Add(vendor.ToDomain(loadedAt));
        }
    }

    /// <summary>Adds the records the database does not hold yet (by id), all in one unit of work.</summary>
    public static async Task ImportAsync(IUnitOfWorkFactory store, SeedFile file, DateTimeOffset loadedAt, CancellationToken cancellationToken)
    {
        await using var work = await store.BeginAsync(cancellationToken);
        foreach (var client in file.Clients)
        {
            if (await work.Clients.FindByIdAsync(client.ClientId, cancellationToken) is null)
            {
                work.Clients.Add(client.ToDomain(loadedAt));
            }
        }

        foreach (var vendor in file.Vendors)
        {
            if (await work.Vendors.FindByIdAsync(vendor.VendorId, cancellationToken) is null)
            {
                work.Vendors.Add(vendor.ToDomain(loadedAt));
            }
        }

        foreach (var user in file.Users)
        {
            if (await work.Users.FindByIdAsync(user.UserId, cancellationToken) is null)
            {
                work.Users.Add(user.ToDomain(loadedAt));
            }
        }

        var commit = await work.CommitAsync(cancellationToken);
        if (!commit.IsCommitted)
        {
            throw new InvalidOperationException($"The seed could not be stored ({commit.Status}{(commit.DuplicateField is null ? "" : $": {commit.DuplicateField}")}).");
        }
    }
}
