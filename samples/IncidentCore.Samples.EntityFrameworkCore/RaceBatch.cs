using System.Diagnostics;
using System.Globalization;
using IncidentCore.Procedures;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentCore.Samples.EntityFrameworkCore;

/// <summary>
/// The scale-out batch, on the Entity Framework Core store: onboards <c>count</c> clients and registers <c>count</c> users, all named after the prefix, so
/// that processes given the same prefix race for the same records. Prints one summary line:
/// <c>race-summary prefix=R onboard_succeeded=.. onboard_duplicate=.. onboard_duplicate_at_commit=.. onboard_other=.. register_succeeded=.. ... elapsed_ms=..</c>
/// A duplicate "at commit" passed the procedure's uniqueness check and was refused by the database's unique index:
/// the other process committed the same key in between.
/// </summary>
internal static class RaceBatch
{
    public static async Task<int> RunAsync(CommandLine options)
    {
        var services = new ServiceCollection();
        Storage.Add(services, options);
        await using var provider = services.BuildServiceProvider();
        await Storage.MigrateAsync(provider);
        var onboarding = provider.GetRequiredService<ClientOnboarding>();
        var registration = provider.GetRequiredService<UserRegistration>();

        await Administrator.EnsureAsync(provider);
        if (options.StartOnSignal)
        {
            Console.WriteLine("ready");
            await Console.In.ReadLineAsync();
        }

        var prefix = options.Prefix;
        var key = prefix.ToLowerInvariant();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Workers };
        var onboarded = new Tally();
        var registered = new Tally();
        var clock = Stopwatch.StartNew();

        await Parallel.ForEachAsync(Enumerable.Range(1, options.Count), parallel, async (i, cancellationToken) =>
        {
            var number = i.ToString("D4", CultureInfo.InvariantCulture);
            onboarded.Add(await onboarding.OnboardAsync(Administrator.UserId, new ClientOnboardingRequest
            {
                ClientName = $"{prefix} Client {number}",
                RegistrationNumber = $"{prefix}-{number}",
                ContactEmail = $"client{number}@{key}.example",
                ClientType = "small_business",
            }, cancellationToken));
        });

        await Parallel.ForEachAsync(Enumerable.Range(1, options.Count), parallel, async (i, cancellationToken) =>
        {
            var number = i.ToString("D4", CultureInfo.InvariantCulture);
            registered.Add(await registration.RegisterAsync(Administrator.UserId, new UserRegistrationRequest
            {
                Name = $"{prefix} User {number}",
                Email = $"user{number}@{key}.example",
                Role = "technical_support",
                Department = "Support",
            }, cancellationToken));
        });

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"race-summary prefix={prefix} onboard_succeeded={onboarded.Succeeded} onboard_duplicate={onboarded.Duplicate} onboard_duplicate_at_commit={onboarded.DuplicateAtCommit} onboard_other={onboarded.Other} "
            + $"register_succeeded={registered.Succeeded} register_duplicate={registered.Duplicate} register_duplicate_at_commit={registered.DuplicateAtCommit} register_other={registered.Other} elapsed_ms={clock.ElapsedMilliseconds}"));
        return 0;
    }

    /// <summary>How the calls of one kind ended.</summary>
    private sealed class Tally
    {
        private int _succeeded;
        private int _duplicate;
        private int _duplicateAtCommit;
        private int _other;

        public int Succeeded => _succeeded;

        public int Duplicate => _duplicate;

        public int DuplicateAtCommit => _duplicateAtCommit;

        public int Other => _other;

        public void Add(SopResult<string> result)
        {
            if (result.Succeeded)
            {
                Interlocked.Increment(ref _succeeded);
            }
            else if (result.Halt.Code == HaltCode.Duplicate)
            {
                Interlocked.Increment(ref _duplicate);
                if (result.Halt.Message.Contains("already in use by another record", StringComparison.Ordinal))
                {
                    Interlocked.Increment(ref _duplicateAtCommit);
                }
            }
            else
            {
                Interlocked.Increment(ref _other);
                Console.Error.WriteLine($"unexpected halt: {result.Halt.CodeName} - {result.Halt.Message}");
            }
        }
    }
}
