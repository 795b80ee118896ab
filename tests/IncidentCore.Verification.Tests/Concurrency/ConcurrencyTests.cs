using IncidentCore.Adapters.InMemory;
using IncidentCore.Domain;
using IncidentCore.Procedures;
using IncidentCore.Verification.Tests.Support;
using Xunit.Abstractions;

namespace IncidentCore.Verification.Tests.Concurrency;

/// <summary>
/// Many tasks racing the same and different unique keys against the in-memory store. Afterwards every invariant
/// holds, each key was won exactly once, versions add up to the updates that succeeded, the audit trail has one
/// entry per success, and no exception escaped.
/// </summary>
public sealed class ConcurrencyTests(ITestOutputHelper output)
{
    private const int Tasks = 8;
    private const int OperationsPerTask = 1_000;
    private const int Repetitions = 2;
    private const int Keys = 60;

    [Fact]
    public async Task Registrations_WhenTasksRaceForTheSameUniqueKeys_ExpectExactlyOneSuccessPerKey()
    {
        for (var repetition = 0; repetition < PbtScale.Times(Repetitions); repetition++)
        {
            using var harness = IncidentCoreHarness.Create();
            var outcomes = new RaceOutcomes();
            var seed = Environment.TickCount ^ repetition;

            await RaceAsync(seed, async random =>
            {
                var i = random.Next(Keys);
                switch (random.Next(3))
                {
                    case 0:
                        var client = await harness.ClientOnboarding.OnboardAsync(Cast.Administrator, new ClientOnboardingRequest
                        {
                            ClientName = $"Race Client {i}",
                            RegistrationNumber = Spell(random, $"race-{i}"),
                            ContactEmail = Spell(random, $"client{i}@race.example"),
                            ClientType = "startup",
                        });
                        outcomes.Record($"client {i}", client.Halt);
                        break;
                    case 1:
                        var user = await harness.UserRegistration.RegisterAsync(Cast.Administrator, new UserRegistrationRequest
                        {
                            Name = $"Racer Number{i}",
                            Email = Spell(random, $"user{i}@race.example"),
                            Role = "technical_support",
                        });
                        outcomes.Record($"user {i}", user.Halt);
                        break;
                    default:
                        var vendor = await harness.VendorRegistration.RegisterAsync(Cast.Administrator, new VendorRegistrationRequest
                        {
                            VendorName = Spell(random, $"race vendor {i}"),
                            VendorEmail = Spell(random, $"vendor{i}@race.example"),
                            VendorPhone = random.Next(2) == 0 ? $"+1555000{i:0000}" : $"+1 (555) 000-{i:0000}",
                            VendorType = "cloud_provider",
                        });
                        outcomes.Record($"vendor {i}", vendor.Halt);
                        break;
                }
            }, outcomes);

            var snapshot = await harness.SnapshotAsync();
            var what = $"seed {seed}: {outcomes}";
            Assert.True(outcomes.Problems.IsEmpty, $"{what}: {string.Join("; ", outcomes.Problems)}");
            Assert.All(outcomes.AttemptsByKey.Keys, key => Assert.True(outcomes.SuccessesByKey.GetValueOrDefault(key) == 1, $"{what}: {key} won {outcomes.SuccessesByKey.GetValueOrDefault(key)} times"));
            Assert.Equal(["duplicate"], outcomes.HaltsByCode.Keys.Order());
            UniquenessInvariants.AssertHold(snapshot);
            Assert.Equal(outcomes.AttemptsByKey.Keys.Count(k => k.StartsWith("client", StringComparison.Ordinal)), snapshot.Clients.Count);
            Assert.Equal(outcomes.AttemptsByKey.Keys.Count(k => k.StartsWith("user", StringComparison.Ordinal)) + Cast.Users.Count, snapshot.Users.Count);
            Assert.Equal(outcomes.AttemptsByKey.Keys.Count(k => k.StartsWith("vendor", StringComparison.Ordinal)), snapshot.Vendors.Count);
            Assert.Equal(outcomes.Successes, snapshot.AuditTrail.Count);
            output.WriteLine($"repetition {repetition + 1}, seed {seed}: {outcomes}");
            Assert.All(snapshot.AuditTrail, entry => Assert.Equal(AuditOutcome.Succeeded, entry.Outcome));
        }
    }

    [Fact]
    public async Task Updates_WhenTasksRaceOnTheSameRecordsAndKeysWithRegistrations_ExpectVersionsToCountTheSuccessfulUpdates()
    {
        const int Clients = 6;
        const int Users = 6;
        for (var repetition = 0; repetition < PbtScale.Times(Repetitions); repetition++)
        {
            using var harness = IncidentCoreHarness.Create(seed => SeedRaceRecords(seed, Clients, Users));
            var outcomes = new RaceOutcomes();
            var seed = Environment.TickCount ^ (repetition * 7919);

            await RaceAsync(seed, async random =>
            {
                var j = random.Next(Clients + 4);
                var kind = random.Next(5);
                if (kind == 0)
                {
                    // New clients race the updates for the same keys.
                    var result = await harness.ClientOnboarding.OnboardAsync(Cast.Administrator, new ClientOnboardingRequest
                    {
                        ClientName = $"Newcomer {j}",
                        RegistrationNumber = Spell(random, $"shared-{j}"),
                        ContactEmail = Spell(random, $"shared{j}@race.example"),
                        ClientType = "small_business",
                    });
                    outcomes.Record($"onboarding {j}", result.Halt);
                }
                else if (kind <= 2)
                {
                    var clientId = $"c{random.Next(Clients)}";
                    var changes = random.Next(3) switch
                    {
                        0 => new ChangeSet { { "contact_email", Spell(random, $"shared{j}@race.example") } },
                        1 => new ChangeSet { { "registration_number", Spell(random, $"shared-{j}") }, { "status", "suspended" } },
                        _ => new ChangeSet { { "status", random.Next(2) == 0 ? "active" : "inactive" } },
                    };
                    var result = await harness.ClientUpdate.UpdateAsync(Cast.Administrator, clientId, changes);
                    outcomes.Record($"client {clientId}", result.Halt);
                }
                else
                {
                    var userId = $"u{random.Next(Users)}";
                    var changes = random.Next(2) == 0
                        ? new ChangeSet { { "email", Spell(random, $"person{j}@race.example") } }
                        : new ChangeSet { { "role", random.Next(2) == 0 ? "incident_manager" : "technical_support" }, { "timezone", "CET" } };
                    var result = await harness.UserUpdate.UpdateAsync(Cast.Administrator, userId, changes);
                    outcomes.Record($"user {userId}", result.Halt);
                }
            }, outcomes);

            var snapshot = await harness.SnapshotAsync();
            var what = $"seed {seed}: {outcomes}";
            Assert.True(outcomes.Problems.IsEmpty, $"{what}: {string.Join("; ", outcomes.Problems)}");
            Assert.Empty(outcomes.HaltsByCode.Keys.Except(["duplicate", "conflict"]));
            Assert.True(outcomes.HaltsByCode.ContainsKey("duplicate"), $"{what}: no update ever lost a race for a key");
            UniquenessInvariants.AssertHold(snapshot);
            foreach (var client in snapshot.Clients)
            {
                Assert.True(client.Version == 1 + outcomes.SuccessesByKey.GetValueOrDefault($"client {client.ClientId}"), $"{what}: client {client.ClientId} is at version {client.Version}");
            }

            foreach (var user in snapshot.Users.Where(u => u.UserId.StartsWith('u')))
            {
                Assert.True(user.Version == 1 + outcomes.SuccessesByKey.GetValueOrDefault($"user {user.UserId}"), $"{what}: user {user.UserId} is at version {user.Version}");
            }

            Assert.Equal(outcomes.Successes, snapshot.AuditTrail.Count);
            Assert.Equal(outcomes.Successes, snapshot.AuditTrail.Select(a => a.AuditId).Distinct().Count());
            Assert.Equal(Clients + outcomes.SuccessesByKey.Where(p => p.Key.StartsWith("onboarding", StringComparison.Ordinal)).Sum(p => p.Value), snapshot.Clients.Count);
            output.WriteLine($"repetition {repetition + 1}, seed {seed}: {outcomes}");
        }
    }

    /// <summary>Runs <see cref="Tasks"/> tasks of <see cref="OperationsPerTask"/> operations each, released together; any exception is a problem.</summary>
    private static async Task RaceAsync(int seed, Func<Random, Task> operation, RaceOutcomes outcomes)
    {
        using var start = new ManualResetEventSlim();
        var tasks = Enumerable.Range(0, Tasks).Select(t => Task.Run(async () =>
        {
            var random = new Random(seed + t);
            start.Wait();
            for (var n = 0; n < OperationsPerTask; n++)
            {
                try
                {
                    await operation(random);
                }
                catch (Exception exception)
                {
                    outcomes.Problems.Enqueue($"task {t}, operation {n}: {exception.GetType().Name}: {exception.Message}");
                }
            }
        })).ToArray();
        start.Set();
        await Task.WhenAll(tasks);
        Assert.True(outcomes.Problems.IsEmpty, $"seed {seed}: {string.Join("; ", outcomes.Problems.Take(5))}");
        Assert.Equal(Tasks * OperationsPerTask, outcomes.AttemptsByKey.Values.Sum());
    }

    /// <summary>The same key in another spelling: upper or lower case, surrounding spaces.</summary>
    private static string Spell(Random random, string key) => random.Next(4) switch
    {
        0 => key,
        1 => key.ToUpperInvariant(),
        2 => "  " + key + " ",
        _ => char.ToUpperInvariant(key[0]) + key[1..],
    };

    private static void SeedRaceRecords(InMemorySeedData seed, int clients, int users)
    {
        for (var i = 0; i < clients; i++)
        {
            seed.Clients.Add(new Client
            {
                ClientId = $"c{i}",
                ClientName = $"Raced Client {i}",
                RegistrationNumber = $"RACED-{i}",
                ContactEmail = $"raced{i}@race.example",
                ClientType = ClientType.Enterprise,
                CreatedAt = PolicyClock.Now,
                UpdatedAt = PolicyClock.Now,
            });
        }

        for (var i = 0; i < users; i++)
        {
            seed.Users.Add(new User
            {
                UserId = $"u{i}",
                Name = $"Raced Person{i}",
                Email = $"raced.person{i}@race.example",
                Role = UserRole.TechnicalSupport,
                CreatedAt = PolicyClock.Now,
                UpdatedAt = PolicyClock.Now,
            });
        }
    }
}
