using FsCheck;
using FsCheck.Fluent;
using IncidentCore.Domain;
using IncidentCore.Policy;
using IncidentCore.Procedures;
using IncidentCore.Verification.Tests.Support;
using Xunit.Abstractions;

namespace IncidentCore.Verification.Tests.Model;

/// <summary>
/// Stateful model-based testing: random runs of up to 200 steps of all five procedures by random actors, each
/// predicted by <see cref="ReferenceModel"/>. After every step the outcome is the predicted one, the store equals the
/// model, every uniqueness rule holds, a success left exactly one audit entry, a denial exactly one denied entry and
/// no change, any other halt nothing at all, and no personal value reached an audit entry or a log line.
/// </summary>
public sealed class ModelBasedTests(ITestOutputHelper output)
{
    private const int Runs = 40;

    [Fact]
    public void Procedures_ForRandomRunsOfUpTo200Steps_ExpectStoreToEqualTheModelAfterEveryStep() =>
        CheckRuns(ModelOptions.Default, Runs,
            ["succeeded", "validation_failed", "unauthorized (actor_not_found)", "unauthorized (actor_not_active)", "unauthorized (role_not_permitted)", "unauthorized (not_assigned_to_client)", "not_found", "duplicate"]);

    [Fact]
    public void Procedures_WithEveryHardeningOptionAndDenialsNotAudited_ExpectStoreToEqualTheModelAfterEveryStep() =>
        CheckRuns(ModelOptions.Hardened, Runs,
            ["succeeded", "unauthorized (own_role_or_status_change)"]);

    private void CheckRuns(ModelOptions options, int runs, string[] outcomesThatMustOccur)
    {
        var totalSteps = 0;
        var outcomes = new Dictionary<string, int>(StringComparer.Ordinal);
        Check.One(PbtScale.Config(runs), Prop.ForAll(StepGenerators.Run.ToArbitrary(), run => totalSteps += Execute(run, options, outcomes)));

        Assert.True(totalSteps >= PbtScale.Times(runs), $"only {totalSteps} steps ran");
        output.WriteLine($"{PbtScale.Times(runs)} runs, {totalSteps} steps: {string.Join(", ", outcomes.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => $"{o.Key} {o.Value}"))}");

        // The runs must actually reach these outcomes, or the model proves little.
        foreach (var outcome in outcomesThatMustOccur)
        {
            Assert.True(outcomes.GetValueOrDefault(outcome) > 0, $"no step ended {outcome}: {string.Join(", ", outcomes)}");
        }
    }

    private static int Execute(Step[] run, ModelOptions options, Dictionary<string, int> outcomes)
    {
        using var harness = IncidentCoreHarness.Create(configure: options.ApplyTo);
        var model = new ReferenceModel(Cast.Users, options);
        var scan = new PersonalDataScan([.. ModelPools.PersonalValues, .. Cast.PersonalValues]);
        var trace = new List<string>();
        var before = harness.Snapshot();

        for (var i = 0; i < run.Length; i++)
        {
            var now = harness.Time.GetUtcNow();
            var auditBefore = model.Audit.Count;
            var prediction = model.Predict(run[i], now);
            trace.Add($"{i + 1}. {prediction.Description} → expected {prediction.Expected}");

            (Halt? Halt, string? RecordId) actual;
            try
            {
                actual = prediction.Call(harness).GetAwaiter().GetResult();
            }
            catch (Exception exception)
            {
                throw Failure(trace, $"the procedure threw {exception}");
            }

            var outcomeName = actual.Halt is { Code: HaltCode.Unauthorized } denial ? $"unauthorized ({denial.DenialReason.ToWireName()})" : actual.Halt?.CodeName ?? "succeeded";
            outcomes[outcomeName] = outcomes.GetValueOrDefault(outcomeName) + 1;
            CheckOutcome(prediction, actual, model, trace);

            var after = harness.Snapshot();
            CheckStoreEqualsModel(after, model, trace);
            CheckAudit(after, model, auditBefore, trace);
            if (prediction.Expected.Code is { } code)
            {
                var expectedAudit = code == HaltCode.Unauthorized && options.AuditDenials ? 1 : 0;
                if (!before.Clients.SequenceEqual(after.Clients) || !before.Users.SequenceEqual(after.Users) || !before.Vendors.SequenceEqual(after.Vendors)
                    || after.AuditTrail.Count != before.AuditTrail.Count + expectedAudit)
                {
                    throw Failure(trace, $"a halt changed the store: before {before}, after {after}");
                }
            }

            var violations = UniquenessInvariants.Violations(after);
            if (violations.Count > 0)
            {
                throw Failure(trace, string.Join("; ", violations));
            }

            var leaks = after.AuditTrail.Skip(before.AuditTrail.Count).SelectMany(scan.FindIn)
                .Concat(harness.Logs.GetSnapshot(clear: true).SelectMany(scan.FindIn)).ToList();
            if (leaks.Count > 0)
            {
                throw Failure(trace, string.Join("; ", leaks));
            }

            before = after;
            harness.Time.Advance(TimeSpan.FromSeconds(1));
        }

        return run.Length;
    }

    private static void CheckOutcome(Prediction prediction, (Halt? Halt, string? RecordId) actual, ReferenceModel model, List<string> trace)
    {
        var expected = prediction.Expected;
        var (halt, id) = actual;
        if (expected.Code is null)
        {
            if (halt is not null || id is null)
            {
                throw Failure(trace, $"expected success, got {halt}");
            }

            if (id.Length is 0 or > 64 || !id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':'))
            {
                throw Failure(trace, $"the new id '{id}' is not a well-formed id");
            }

            var isCreate = prediction.Description.Contains("_onboarding", StringComparison.Ordinal) || prediction.Description.Contains("_registration", StringComparison.Ordinal);
            if (isCreate && (model.Clients.ContainsKey(id) && prediction.Description.StartsWith("client", StringComparison.Ordinal)
                || model.Users.ContainsKey(id) && prediction.Description.StartsWith("user", StringComparison.Ordinal)
                || model.Vendors.ContainsKey(id) && prediction.Description.StartsWith("vendor", StringComparison.Ordinal)))
            {
                throw Failure(trace, $"the new id '{id}' was already used");
            }

            prediction.ApplySuccess(id);
            return;
        }

        if (halt is null)
        {
            throw Failure(trace, $"expected {expected}, but the call succeeded");
        }

        if (halt.Code != expected.Code)
        {
            throw Failure(trace, $"expected {expected}, got {halt.CodeName} [{string.Join(", ", halt.Errors.Select(e => $"{e.Field}:{e.Code}"))}] {halt.Message}");
        }

        if (halt.Code == HaltCode.Unauthorized)
        {
            if (expected.Denials?.Contains(halt.DenialReason) != true)
            {
                throw Failure(trace, $"expected {expected}, got denial {halt.DenialReason.ToWireName()}");
            }

            return;
        }

        var fields = halt.Errors.Select(e => e.Field).ToHashSet();
        if (!fields.SetEquals(expected.Fields))
        {
            throw Failure(trace, $"expected {expected}, got fields [{string.Join(", ", halt.Errors.Select(e => $"{e.Field}:{e.Code}"))}]");
        }
    }

    private static void CheckStoreEqualsModel(StoreSnapshot store, ReferenceModel model, List<string> trace)
    {
        Compare(trace, "client", store.Clients, model.Clients.Values.ToList(), c => c.ClientId);
        Compare(trace, "user", store.Users, model.Users.Values.ToList(), u => u.UserId);
        Compare(trace, "vendor", store.Vendors, model.Vendors.Values.ToList(), v => v.VendorId);
    }

    private static void Compare<T>(List<string> trace, string what, IReadOnlyList<T> store, IReadOnlyList<T> model, Func<T, string> idOf)
        where T : class
    {
        if (store.SequenceEqual(model))
        {
            return;
        }

        var storeById = store.ToDictionary(idOf);
        var modelById = model.ToDictionary(idOf);
        var differences = storeById.Keys.Union(modelById.Keys).Order(StringComparer.Ordinal)
            .Where(id => !Equals(storeById.GetValueOrDefault(id), modelById.GetValueOrDefault(id)))
            .Select(id => $"{what} {id}: store {storeById.GetValueOrDefault(id)?.ToString() ?? "none"}, model {modelById.GetValueOrDefault(id)?.ToString() ?? "none"}");
        throw Failure(trace, "the store differs from the model: " + string.Join("; ", differences));
    }

    private static void CheckAudit(StoreSnapshot store, ReferenceModel model, int from, List<string> trace)
    {
        if (store.AuditTrail.Count != model.Audit.Count)
        {
            throw Failure(trace, $"the audit trail holds {store.AuditTrail.Count} entries, the model expects {model.Audit.Count}");
        }

        for (var i = from; i < model.Audit.Count; i++)
        {
            var entry = store.AuditTrail[i];
            var expected = model.Audit[i];
            var matches = entry.Action == expected.Action
                && entry.EntityType == expected.EntityType
                && entry.EntityId == expected.EntityId
                && entry.ActorUserId == expected.ActorUserId
                && entry.Outcome == expected.Outcome
                && entry.CreatedAt == expected.CreatedAt
                && (expected.Outcome == AuditOutcome.Denied
                    ? expected.DenialReasons!.Contains(entry.Reason)
                    : PolicyTable.Permits.Any(p => p.Name == entry.Reason && p.Operation == expected.Operation && p.Role == expected.ActorRole))
                && (expected.ChangedFields is null || expected.ChangedFields.SetEquals(entry.ChangedFields));
            if (!matches)
            {
                throw Failure(trace, $"audit entry {entry.AuditId} is {Describe(entry)}, the model expects {expected}");
            }
        }
    }

    private static string Describe(AuditEntry entry) =>
        $"{entry.Action.ToWireName()} {entry.EntityType.ToWireName()} {entry.EntityId ?? "-"} by {entry.ActorUserId} at {entry.CreatedAt:O}: {entry.Outcome.ToWireName()} ({entry.Reason}) [{string.Join(", ", entry.ChangedFields)}]";

    private static ModelMismatchException Failure(List<string> trace, string problem) =>
        new($"{problem}{Environment.NewLine}Steps:{Environment.NewLine}{string.Join(Environment.NewLine, trace.TakeLast(40))}");
}
