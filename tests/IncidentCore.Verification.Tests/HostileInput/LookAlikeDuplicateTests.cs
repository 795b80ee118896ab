using FsCheck;
using FsCheck.Fluent;
using IncidentCore.Procedures;
using IncidentCore.Verification.Tests.Support;

namespace IncidentCore.Verification.Tests.HostileInput;

/// <summary>
/// Look-alikes of a unique value, end to end: the first registration succeeds, the second (or an update to the
/// look-alike) halts with duplicate naming exactly that field (so the look-alike passed validation), the store is
/// unchanged by it, and the same call with a fresh value in that field succeeds.
/// </summary>
public sealed class LookAlikeDuplicateTests
{
    private const int Cases = 60;
    private const string Admin = Cast.Administrator;

    private static readonly ClientOnboardingRequest Client = new()
    {
        ClientName = "Look Alike Co",
        RegistrationNumber = "REG-LA-1",
        ContactEmail = "first@lookalike.example",
        ClientType = "startup",
    };

    private static readonly VendorRegistrationRequest Vendor = new()
    {
        VendorName = "Look Alike Vendor",
        VendorEmail = "first@lookalikevendor.example",
        VendorPhone = "+1 202 555 0100",
        VendorType = "cloud_provider",
    };

    private static readonly UserRegistrationRequest User = new()
    {
        Name = "Lena Lookalike",
        Email = "lena@lookalike.example",
        Role = "technical_support",
    };

    [Fact]
    public void VendorRegistration_WhenTheNameIsALookAlike_ExpectDuplicateVendorName() =>
        Check.One(PbtScale.Config(Cases), Prop.ForAll(LookAlikes.TextPairs(LookAlikes.Names).ToArbitrary(), pair =>
            SecondIsDuplicate("vendor_name", pair, (h, value, other) => CallOutcome.Of(h.VendorRegistration.RegisterAsync(Admin, Vendor with
            {
                VendorName = value,
                VendorEmail = other ? "second@lookalikevendor.example" : Vendor.VendorEmail,
                VendorPhone = other ? "+1 202 555 0199" : Vendor.VendorPhone,
            })), "Another Vendor")));

    [Fact]
    public void VendorRegistration_WhenTheEmailIsALookAlike_ExpectDuplicateVendorEmail() =>
        Check.One(PbtScale.Config(Cases), Prop.ForAll(LookAlikes.EmailPairs().ToArbitrary(), pair =>
            SecondIsDuplicate("vendor_email", pair, (h, value, other) => CallOutcome.Of(h.VendorRegistration.RegisterAsync(Admin, Vendor with
            {
                VendorEmail = value,
                VendorName = other ? "Second Vendor" : Vendor.VendorName,
                VendorPhone = other ? "+1 202 555 0199" : Vendor.VendorPhone,
            })), "another@lookalikevendor.example")));

    [Fact]
    public void VendorRegistration_WhenThePhoneHasABracketedTrunk_ExpectDuplicateVendorPhone() =>
        Check.One(PbtScale.Config(Cases), Prop.ForAll(LookAlikes.PhonePairs().ToArbitrary(), pair =>
            SecondIsDuplicate("vendor_phone", pair, (h, value, other) => CallOutcome.Of(h.VendorRegistration.RegisterAsync(Admin, Vendor with
            {
                VendorPhone = value,
                VendorName = other ? "Second Vendor" : Vendor.VendorName,
                VendorEmail = other ? "second@lookalikevendor.example" : Vendor.VendorEmail,
            })), "+1 202 555 0177")));

    [Fact]
    public void VendorRegistration_WhenAnItalianNumberDiffersByItsZero_ExpectBothRegistered() =>
        Check.One(PbtScale.Config(Cases / 3), Prop.ForAll(LookAlikes.ItalianPairs().ToArbitrary(), pair =>
        {
            using var harness = IncidentCoreHarness.Create(SeedRecords.Seed);
            var first = harness.VendorRegistration.RegisterAsync(Admin, Vendor with { VendorPhone = pair.WithZero }).AsTask().GetAwaiter().GetResult();
            var second = harness.VendorRegistration.RegisterAsync(Admin, Vendor with
            {
                VendorPhone = pair.WithoutZero,
                VendorName = "Second Vendor",
                VendorEmail = "second@lookalikevendor.example",
            }).AsTask().GetAwaiter().GetResult();
            return (first.Succeeded && second.Succeeded).Label($"{pair.WithZero} / {pair.WithoutZero}: {first.Halt} / {second.Halt}");
        }));

    [Fact]
    public void ClientOnboarding_WhenTheRegistrationNumberIsALookAlike_ExpectDuplicateRegistrationNumber() =>
        Check.One(PbtScale.Config(Cases), Prop.ForAll(LookAlikes.TextPairs(LookAlikes.RegistrationNumbers).ToArbitrary(), pair =>
            SecondIsDuplicate("registration_number", pair, (h, value, other) => CallOutcome.Of(h.ClientOnboarding.OnboardAsync(Admin, Client with
            {
                RegistrationNumber = value,
                ContactEmail = other ? "second@lookalike.example" : Client.ContactEmail,
            })), "REG-ANOTHER")));

    [Fact]
    public void ClientOnboarding_WhenTheContactEmailIsALookAlike_ExpectDuplicateContactEmail() =>
        Check.One(PbtScale.Config(Cases), Prop.ForAll(LookAlikes.EmailPairs().ToArbitrary(), pair =>
            SecondIsDuplicate("contact_email", pair, (h, value, other) => CallOutcome.Of(h.ClientOnboarding.OnboardAsync(Admin, Client with
            {
                ContactEmail = value,
                RegistrationNumber = other ? "REG-LA-2" : Client.RegistrationNumber,
            })), "another@lookalike.example")));

    [Fact]
    public void ClientUpdate_WhenTheRegistrationNumberBecomesALookAlikeOfAnother_ExpectDuplicateRegistrationNumber() =>
        Check.One(PbtScale.Config(Cases), Prop.ForAll(LookAlikes.TextPairs(LookAlikes.RegistrationNumbers).ToArbitrary(), pair =>
            SecondIsDuplicate("registration_number", pair, (h, value, other) => other
                ? CallOutcome.Of(h.ClientUpdate.UpdateAsync(Admin, SeedRecords.ClientId, new ChangeSet { { "registration_number", value } }))
                : CallOutcome.Of(h.ClientOnboarding.OnboardAsync(Admin, Client with { RegistrationNumber = value })), "REG-ANOTHER")));

    [Fact]
    public void UserRegistration_WhenTheEmailIsALookAlike_ExpectDuplicateEmail() =>
        Check.One(PbtScale.Config(Cases), Prop.ForAll(LookAlikes.EmailPairs().ToArbitrary(), pair =>
            SecondIsDuplicate("email", pair, (h, value, _) => CallOutcome.Of(h.UserRegistration.RegisterAsync(Admin, User with { Email = value })), "another@lookalike.example")));

    [Theory]
    [InlineData("Café Ltd", "Cafe\u0301 Ltd")]
    [InlineData("Café Ltd", "Café\u00A0Ltd")]
    [InlineData("Café Ltd", "Café  Ltd")]
    public async Task VendorRegistration_OfTheCafeSpellings_ExpectOneVendor(string first, string second)
    {
        using var harness = IncidentCoreHarness.Create(SeedRecords.Seed);
        var registered = await harness.VendorRegistration.RegisterAsync(Admin, Vendor with { VendorName = first });
        var duplicate = await harness.VendorRegistration.RegisterAsync(Admin, Vendor with
        {
            VendorName = second,
            VendorEmail = "second@lookalikevendor.example",
            VendorPhone = "+1 202 555 0199",
        });

        Assert.True(registered.Succeeded);
        Assert.Equal(HaltCode.Duplicate, duplicate.Halt?.Code);
        Assert.Equal("vendor_name", Assert.Single(duplicate.Halt!.Errors).Field);
    }

    /// <summary>
    /// Runs the call with the original, then with the look-alike (and fresh values in the other unique fields),
    /// then with a fresh value in place of the look-alike. <paramref name="call"/> gets the value of the field under
    /// test and whether this is a call after the first.
    /// </summary>
    private static Property SecondIsDuplicate(string field, (string Original, string LookAlike) pair, Func<IncidentCoreHarness, string, bool, Task<CallOutcome>> call, string freshValue)
    {
        using var harness = IncidentCoreHarness.Create(SeedRecords.Seed);
        var first = call(harness, pair.Original, false).GetAwaiter().GetResult();
        var before = harness.Snapshot();
        var second = call(harness, pair.LookAlike, true).GetAwaiter().GetResult();
        var unchanged = before.SameAs(harness.Snapshot());
        var control = call(harness, freshValue, true).GetAwaiter().GetResult();

        var fields = second.Halt?.Errors.Select(e => e.Field).ToList() ?? [];
        return (first.Halt is null && second.Halt?.Code == HaltCode.Duplicate && fields.SequenceEqual([field]) && unchanged && control.Halt is null)
            .Label($"{field}: \"{Escape(pair.Original)}\" / \"{Escape(pair.LookAlike)}\": first {first.Halt?.ToString() ?? "succeeded"}, "
                + $"second {second.Halt?.ToString() ?? "succeeded"} [{string.Join(", ", fields)}], store unchanged {unchanged}, control {control.Halt?.ToString() ?? "succeeded"}");
    }

    private static string Escape(string text) =>
        string.Concat(text.Select(c => c is >= ' ' and <= '~' ? c.ToString() : $"\\u{(int)c:X4}"));
}
