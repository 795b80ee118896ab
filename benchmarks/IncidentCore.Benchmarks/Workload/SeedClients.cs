using System.Globalization;
using IncidentCore.Domain;

namespace IncidentCore.Benchmarks.Workload;

/// <summary>Existing clients to seed a store with, numbered 1 to the count asked for.</summary>
internal static class SeedClients
{
    public static Client[] Create(int count)
    {
        var clients = new Client[count];
        for (var i = 0; i < count; i++)
        {
            var n = (i + 1).ToString(CultureInfo.InvariantCulture);
            clients[i] = new Client
            {
                ClientId = n,
                ClientName = "Seeded client " + n,
                RegistrationNumber = "SEED-" + n,
                ContactEmail = "contact" + n + "@seeded.example",
                ClientType = (ClientType)((i % 4) + 1),
                Industry = "Retail",
                CreatedAt = DateTimeOffset.UnixEpoch,
                UpdatedAt = DateTimeOffset.UnixEpoch,
            };
        }

        return clients;
    }
}
