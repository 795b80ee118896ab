using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using IncidentCore.Procedures;
using IncidentCore.Verification.Tests.Support;
using Xunit.Abstractions;

namespace IncidentCore.Verification.Tests.HostileInput;

/// <summary>
/// Hostile input into every field of every procedure: null, empty, whitespace, 1 MB, control characters, CR/LF,
/// zero-width and direction characters, lone surrogates, SQL- and script-looking text, malformed emails, phones,
/// time zones and ids, and enum values in every wrong case and spelling. A refused value halts with
/// validation_failed naming exactly that field, stores nothing and throws nothing; free text that merely looks like
/// SQL or script is stored verbatim; and no log line or message ever carries a raw line break or control character.
/// </summary>
public sealed class HostileInputTests(ITestOutputHelper output)
{
    private const int RandomCases = 400;

    public static TheoryData<string> Targets => [.. HostileTargets.All.Select(t => t.ToString())];

    [Theory]
    [MemberData(nameof(Targets))]
    public async Task Procedure_WhenAFieldGetsEveryHostileValue_ExpectRefusedNamingTheFieldOrStoredVerbatim(string targetName)
    {
        var target = HostileTargets.All.Single(t => t.ToString() == targetName);
        var values = HostileValues.For(target.Kind, target.Null, target.DefaultValue).ToList();
        using var shared = IncidentCoreHarness.Create(SeedRecords.Seed);
        foreach (var value in values)
        {
            await CheckAsync(target, value, shared);
        }

        Assert.True(values.Count(v => !v.Accepted) >= 30, $"{target}: only {values.Count} hostile values");
        output.WriteLine($"{target}: {values.Count(v => !v.Accepted)} values refused, {values.Count(v => v.Accepted)} accepted");
    }

    [Fact]
    public void Procedure_WhenRandomFieldsGetRandomHostileValues_ExpectEveryBadFieldNamedAndNothingStored()
    {
        var registrations = new[] { "client_onboarding", "user_registration", "vendor_registration" };
        var cases = (from procedure in Gen.Elements(registrations)
                     from targets in Gen.SubListOf(HostileTargets.All.Where(t => t.Procedure == procedure).ToArray())
                     where targets.Count > 0
                     from values in Gen.CollectToArray(targets, t => HostileValues.Gen(t.Kind, t.Null, t.DefaultValue).Where(v => !v.Accepted))
                     select (procedure, pairs: targets.Zip(values).ToArray())).ToArbitrary();
        using var shared = IncidentCoreHarness.Create(SeedRecords.Seed);
        Check.One(PbtScale.Config(RandomCases / 4), Prop.ForAll(cases, c =>
        {
            // Several refused values at once: every one of them is reported, in one pass.
            var outcome = RunRegistrationWith(shared, c.procedure, c.pairs.ToDictionary(p => p.First.Field, p => p.Second.Text));
            var fields = outcome.Halt?.Errors.Select(e => e.Field).ToHashSet() ?? [];
            var expected = c.pairs.Select(p => p.First.Field).ToHashSet();
            return (outcome.Halt?.Code == HaltCode.ValidationFailed && fields.SetEquals(expected))
                .Label($"{string.Join(", ", c.pairs.Select(p => $"{p.First} = {p.Second}"))} → {outcome.Halt?.ToString() ?? "succeeded"} [{string.Join(", ", fields)}]");
        }));
    }

    [Fact]
    public void Procedure_WhenOneRandomFieldGetsARandomHostileValue_ExpectRefusedOrStoredVerbatim()
    {
        var cases = (from target in Gen.Elements(HostileTargets.All.ToArray())
                     from value in HostileValues.Gen(target.Kind, target.Null, target.DefaultValue)
                     select (target, value)).ToArbitrary();
        using var shared = IncidentCoreHarness.Create(SeedRecords.Seed);
        Check.One(PbtScale.Config(RandomCases), Prop.ForAll(cases, c => CheckAsync(c.target, c.value, shared).GetAwaiter().GetResult()));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public async Task Update_WhenTheChangeSetNamesAHostileField_ExpectUnknownFieldWithASafeName(int targetIndex)
    {
        var call = HostileTargets.ChangeSetKeyTargets[targetIndex];
        var keys = HostileValues.Universal("status").Select(v => v.Text!).Concat(HostileValues.SqlAndScript).Concat(["Status", "STATUS", "status ", "client-name", "password"]);
        foreach (var key in keys)
        {
            using var harness = IncidentCoreHarness.Create(SeedRecords.Seed);
            var before = await harness.SnapshotAsync();
            var outcome = await call(harness, key);
            var label = $"change set key {new HostileValue("key", key, false)}";
            Assert.True(outcome.Halt?.Code == HaltCode.ValidationFailed, $"{label}: expected validation_failed, got {outcome.Halt?.ToString() ?? "success"}");
            var error = Assert.Single(outcome.Halt!.Errors);
            Assert.Equal("unknown_field", error.Code);
            Assert.True(error.Field.Length <= 65, $"{label}: the error echoes {error.Field.Length} characters");
            AssertClean(error.Field, label);
            AssertNothingStoredAndLogsClean(harness, before, label);
        }
    }

    private static CallOutcome RunRegistrationWith(IncidentCoreHarness harness, string procedure, Dictionary<string, string?> values)
    {
        harness.Logs.Clear();
        var before = harness.Snapshot();
        var outcome = CombinedCall(harness, procedure, values);
        AssertNothingStoredAndLogsClean(harness, before, procedure);
        return outcome;
    }

    private static CallOutcome CombinedCall(IncidentCoreHarness harness, string procedure, Dictionary<string, string?> values)
    {
        string? V(string field, string? baseline) => values.TryGetValue(field, out var v) ? v : baseline;
        var actor = V("actor_user_id", Cast.Administrator)!;
        Task<CallOutcome> call = procedure switch
        {
            "client_onboarding" => CallOutcome.Of(harness.ClientOnboarding.OnboardAsync(actor, new ClientOnboardingRequest
            {
                ClientName = V("client_name", "Combo Co"),
                RegistrationNumber = V("registration_number", "REG-C-1"),
                ContactEmail = V("contact_email", "combo@co.example"),
                ClientType = V("client_type", "enterprise"),
                Country = V("country", null),
                Industry = V("industry", null),
                Status = V("status", null),
            })),
            "user_registration" => CallOutcome.Of(harness.UserRegistration.RegisterAsync(actor, new UserRegistrationRequest
            {
                Name = V("name", "Carl Combo"),
                Email = V("email", "carl.combo@corp.example"),
                Role = V("role", "executive"),
                Department = V("department", null),
                ClientId = V("client_id", null),
                VendorId = V("vendor_id", null),
                Timezone = V("timezone", null),
                Status = V("status", null),
            })),
            _ => CallOutcome.Of(harness.VendorRegistration.RegisterAsync(actor, new VendorRegistrationRequest
            {
                VendorName = V("vendor_name", "Combo Vendor"),
                VendorEmail = V("vendor_email", "combo@vendor.example"),
                VendorPhone = V("vendor_phone", "+44 20 7946 0958"),
                VendorType = V("vendor_type", "payment_processor"),
                Status = V("status", null),
            })),
        };
        return call.GetAwaiter().GetResult();
    }

    /// <summary>Refused values run on the shared harness (they must leave it unchanged); accepted ones on a fresh store.</summary>
    private static async Task<bool> CheckAsync(HostileTarget target, HostileValue value, IncidentCoreHarness shared)
    {
        using var fresh = value.Accepted ? IncidentCoreHarness.Create(SeedRecords.Seed) : null;
        var harness = fresh ?? shared;
        harness.Logs.Clear();
        var before = await harness.SnapshotAsync();
        var label = $"{target} = {value}";

        CallOutcome outcome;
        try
        {
            outcome = await target.Call(harness, value.Text);
        }
        catch (Exception exception)
        {
            Assert.Fail($"{label}: threw {exception.GetType().Name}: {exception.Message}");
            return false;
        }

        if (value.Accepted)
        {
            Assert.True(outcome.Halt is null, $"{label}: expected the value to be accepted, got {outcome.Halt}");
            var stored = target.ReadBack(await harness.SnapshotAsync(), outcome.RecordId!);
            Assert.True(stored == value.Stored, $"{label}: stored '{stored}', expected '{value.Stored}'");
            AssertLogsClean(harness, label);
            return true;
        }

        Assert.True(outcome.Halt is { Code: HaltCode.ValidationFailed }, $"{label}: expected validation_failed, got {outcome.Halt?.ToString() ?? "success"}");
        Assert.Equal("validation_failed", outcome.Halt!.CodeName);
        var fields = outcome.Halt.Errors.Select(e => e.Field).ToList();
        Assert.True(fields.SequenceEqual([target.Field]), $"{label}: expected exactly one error naming {target.Field}, got [{string.Join(", ", fields)}]");
        AssertClean(outcome.Halt.Message, label);
        foreach (var error in outcome.Halt.Errors)
        {
            AssertClean(error.Message, label);
        }

        AssertNothingStoredAndLogsClean(harness, before, label);
        return true;
    }

    private static void AssertNothingStoredAndLogsClean(IncidentCoreHarness harness, StoreSnapshot before, string label)
    {
        var after = harness.Snapshot();
        Assert.True(before.SameAs(after), $"{label}: the store changed: before {before}, after {after}");
        Assert.Equal(0, harness.Escalations.Count);
        AssertLogsClean(harness, label);
    }

    private static void AssertLogsClean(IncidentCoreHarness harness, string label) => AssertLogsClean(harness, label, HostileTargets.PersonalValues);

    /// <summary>Every log line clean, and none carrying any of <paramref name="personalValues"/>.</summary>
    internal static void AssertLogsClean(IncidentCoreHarness harness, string label, IEnumerable<string> personalValues)
    {
        var scan = new PersonalDataScan(personalValues);
        foreach (var record in harness.Logs.GetSnapshot())
        {
            foreach (var text in PersonalDataScan.LogTexts(record))
            {
                AssertClean(text, $"{label}: log line {record.Id.Id}");
            }

            Assert.Empty(scan.FindIn(record));
        }
    }

    /// <summary>No raw line break, control character, invisible format character or lone surrogate, and nothing huge.</summary>
    internal static void AssertClean(string? text, string label)
    {
        if (text is null)
        {
            return;
        }

        Assert.True(text.Length < 2_000, $"{label}: a message of {text.Length} characters");
        for (var i = 0; i < text.Length; i++)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(text, i);
            Assert.False(category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
                or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate,
                $"{label}: U+{(int)text[i]:X4} at {i} in \"{text}\"");
            if (char.IsHighSurrogate(text[i]))
            {
                i++;
            }
        }
    }
}
