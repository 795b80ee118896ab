using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IncidentCore.Procedures;
using IncidentCore.Tests.Support;

namespace IncidentCore.Tests.Properties;

public sealed class UniquenessProperties
{
    private static Arbitrary<(string Original, string Variant)> RegistrationSpellings() =>
        (from core in Gen.Elements("REG-77", "cz-123 456", "Ab9")
         from upper in Gen.Elements(true, false)
         from left in Gen.Elements("", " ", "  ")
         from right in Gen.Elements("", " ", "\t")
         select (core, left + (upper ? core.ToUpperInvariant() : core.ToLowerInvariant()) + right)).ToArbitrary();

    [Property(MaxTest = 30)]
    public Property Onboard_WhenRegistrationNumberIsRespelled_TheSecondHaltsDuplicateAndOneClientExists() =>
        Prop.ForAll(RegistrationSpellings(), spelling =>
        {
            var host = TestHost.Create();
            try
            {
                var first = host.ClientOnboarding.OnboardAsync(Seed.Admin, Requests.NewClient("x") with { RegistrationNumber = spelling.Original }).AsTask().GetAwaiter().GetResult();
                var second = host.ClientOnboarding.OnboardAsync(Seed.Admin, Requests.NewClient("y") with { RegistrationNumber = spelling.Variant }).AsTask().GetAwaiter().GetResult();
                var clients = host.SnapshotAsync().GetAwaiter().GetResult().Clients;
                return first.Succeeded
                    && second.Halt?.Code == HaltCode.Duplicate
                    && second.Halt.Errors.Single().Field == "registration_number"
                    && clients.Count(c => c.RegistrationNumber.Trim().Equals(spelling.Original, StringComparison.OrdinalIgnoreCase)) == 1;
            }
            finally
            {
                host.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }
        });
}
