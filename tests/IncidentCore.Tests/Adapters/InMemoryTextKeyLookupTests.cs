using System.Reflection;
using IncidentCore.Domain.Normalization;
using IncidentCore.Ports;
using IncidentCore.Procedures;
using IncidentCore.Procedures.Definitions;
using IncidentCore.Procedures.Messages;
using IncidentCore.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentCore.Tests.Adapters;

/// <summary>
/// The in-memory store compares text keys by the rule itself, so procedures hand it the values as given instead of
/// making their keys: a value finds the record whose key it has, however it is written.
/// </summary>
public sealed class InMemoryTextKeyLookupTests
{
    private static readonly string[] Samples = ["  Mixed  Case-Value  ", "reg\u2212a", "\uFB03x\u00A0y", "ＦＵＬＬ ｗｉｄｔｈ", "plain"];

    [Fact]
    public void Every_field_looked_up_by_its_value_has_the_text_key_rule_as_its_key()
    {
        var fields = new[] { typeof(ClientFields), typeof(UserFields), typeof(VendorFields), typeof(ProductFields) }
            .SelectMany(type => type.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(field => field.FieldType.IsGenericType && field.FieldType.GetGenericTypeDefinition() == typeof(RecordField<>))
            .Select(field => (field.Name, Value: field.GetValue(null)!))
            .ToList();

        var byValue = 0;
        foreach (var (name, value) in fields)
        {
            var type = value.GetType();
            if (!(bool)type.GetProperty(nameof(RecordField<object>.KeyIsTextKey))!.GetValue(value)!)
            {
                continue;
            }

            byValue++;
            var key = (Func<string, string>)type.GetProperty(nameof(RecordField<object>.Key))!.GetValue(value)!;
            foreach (var sample in Samples)
            {
                Assert.True(TextKey.From(sample) == key(sample), $"{name}: \"{sample}\"");
            }
        }

        // Registration number, client and user and vendor email, vendor name, product name.
        Assert.Equal(6, byValue);
        Assert.False(VendorFields.ContactPhone.KeyIsTextKey);
    }

    [Fact]
    public async Task A_value_finds_the_record_whose_key_it_has()
    {
        await using var host = TestHost.Create();
        await using var work = await host.Provider.GetRequiredService<IUnitOfWorkFactory>().BeginAsync();
        Assert.IsAssignableFrom<IFindsByTextKeyRule>(work);

        Assert.Equal(Seed.ClientB, (await work.Clients.FindByRegistrationNumberAsync("  reg\u2212b "))?.ClientId);
        Assert.Equal(Seed.ClientB, (await work.Clients.FindByContactEmailAsync("CONTACT@Client-B.example"))?.ClientId);
        Assert.Equal(Seed.Admin, (await work.Users.FindByEmailAsync("U-ADMIN@STAFF.EXAMPLE"))?.UserId);
        Assert.Equal(Seed.VendorA, (await work.Vendors.FindByNameAsync("vendor   a"))?.VendorId);
        Assert.Null(await work.Vendors.FindByNameAsync("vendor b"));
    }

    [Fact]
    public async Task Onboarding_with_both_unique_values_taken_in_another_form_names_both_before_anything_is_staged()
    {
        await using var host = TestHost.Create();
        var before = await host.SnapshotAsync();

        // Both are found by the uniqueness check: a duplicate refused only at commit would name just one field.
        var halt = ResultAssert.Halted(
            await host.ClientOnboarding.OnboardAsync(Seed.Admin, Requests.NewClient() with { RegistrationNumber = "reg\u2010b", ContactEmail = "Contact@CLIENT-B.example" }),
            HaltCode.Duplicate);

        Assert.Equal(["contact_email", "registration_number"], halt.Errors.Select(e => e.Field).Order());
        Assert.All(halt.Errors, e => Assert.Equal(FieldErrorCodes.Duplicate, e.Code));
        (await host.SnapshotAsync()).AssertRecordsEqual(before);
    }

    [Theory]
    [InlineData("ＲＥＧ－Ｂ", "contact@client-b.example")]
    [InlineData("reg\u2212b", "CONTACT@CLIENT-B.EXAMPLE")]
    [InlineData("  REG-B  ", "Contact@Client-B.Example")]
    [InlineData("\u00A0reg\u2011b\u00A0", "contact@client-b.example")]
    public async Task A_value_written_to_look_different_cannot_take_a_key_already_held(string registrationNumber, string contactEmail)
    {
        await using var host = TestHost.Create();
        var before = await host.SnapshotAsync();

        var result = await host.ClientOnboarding.OnboardAsync(
            Seed.Admin, Requests.NewClient() with { RegistrationNumber = registrationNumber, ContactEmail = contactEmail });

        var halt = ResultAssert.Halted(result, HaltCode.Duplicate);
        Assert.Contains(halt.Errors, e => e.Field == "registration_number");
        Assert.Contains(halt.Errors, e => e.Field == "contact_email");
        (await host.SnapshotAsync()).AssertRecordsEqual(before);
    }
}
