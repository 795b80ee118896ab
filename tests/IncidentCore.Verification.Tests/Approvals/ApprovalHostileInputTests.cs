using System.Globalization;
using IncidentCore.Domain;
using IncidentCore.Domain.Approvals;
using IncidentCore.Procedures;
using IncidentCore.Procedures.Approvals;
using IncidentCore.Verification.Tests.HostileInput;
using IncidentCore.Verification.Tests.Support;

namespace IncidentCore.Verification.Tests.Approvals;

/// <summary>
/// Hostile values in every input of every change and rollback procedure (and in the id of the request it acts on):
/// each is refused with validation_failed naming exactly that field, changes nothing, throws nothing and forges no log
/// line; free text that only looks like SQL or script is stored verbatim, and null in an optional input stores nothing.
/// </summary>
public sealed class ApprovalHostileInputTests
{
    private static readonly string Technician = ApprovalWorld.UserOf(UserRole.TechnicalSupport);
    private static readonly string Manager = ApprovalWorld.UserOf(UserRole.IncidentManager);
    private static readonly string Executive = ApprovalWorld.UserOf(UserRole.Executive);

    /// <summary>One input of one procedure: a call with the value in that input (every other input valid) on prepared records, and the stored value.</summary>
    private sealed record Target(
        string Name,
        string Field,
        IReadOnlyList<HostileValue> Values,
        Func<ApprovalWorld, Prepared, string?, Task<(bool Succeeded, Halt? Halt, string? Stored)>> Call,
        Func<ApprovalWorld, Task<Prepared>> Prepare);

    public static TheoryData<string> TargetNames => [.. Targets().Select(t => t.Name)];

    [Theory]
    [MemberData(nameof(TargetNames))]
    public async Task ApprovalProcedure_WhenAFieldGetsEveryHostileValue_ExpectRefusedNamingTheFieldOrStoredVerbatim(string targetName)
    {
        var target = Targets().Single(t => t.Name == targetName);
        foreach (var value in target.Values)
        {
            using var world = ApprovalWorld.Create();
            var prepared = await target.Prepare(world);
            var before = await world.StateAsync(prepared.Changes, prepared.Rollbacks);
            var label = $"{target.Name} with {value}";

            (bool Succeeded, Halt? Halt, string? Stored) outcome;
            try
            {
                outcome = await target.Call(world, prepared, value.Text);
            }
            catch (Exception exception)
            {
                Assert.Fail($"{label}: threw {exception.GetType().Name}");
                return;
            }

            if (value.Accepted)
            {
                Assert.True(outcome.Succeeded, $"{label}: refused with {outcome.Halt}");
                Assert.Equal(value.Stored, outcome.Stored);
            }
            else
            {
                Assert.True(outcome.Halt is { Code: HaltCode.ValidationFailed }, $"{label}: expected validation_failed, got {outcome.Halt?.ToString() ?? "success"}");
                Assert.Equal([target.Field], outcome.Halt!.Errors.Select(e => e.Field).Distinct());
                AssertClean(outcome.Halt.Message, label);
                Assert.All(outcome.Halt.Errors, e => AssertClean(e.Message, label));
                Assert.Equal(before, await world.StateAsync(prepared.Changes, prepared.Rollbacks));
            }

            foreach (var record in world.Logs.GetSnapshot())
            {
                AssertClean(record.Message, $"{label}: log line {record.Id.Id}");
            }
        }
    }

    private static IEnumerable<Target> Targets()
    {
        var created = static (ApprovalWorld _) => Task.FromResult(new Prepared(null, null));
        yield return new("change_request_create.title", "title", FreeText(NullMeans.Refused),
            async (w, _, v) => await Stored<ChangeRequest>(await w.Changes.CreateAsync(Technician, Change() with { Title = v }), w, c => c.Title), created);
        yield return new("change_request_create.change_type", "change_type", Enumeration(ApprovalWireNames.ChangeType.WireNames),
            async (w, _, v) => await Stored<ChangeRequest>(await w.Changes.CreateAsync(Technician, Change() with { ChangeType = v }), w, c => c.ChangeType.ToWireName()), created);
        yield return new("change_request_create.risk_level", "risk_level", Enumeration(ApprovalWireNames.RiskLevel.WireNames),
            async (w, _, v) => await Stored<ChangeRequest>(await w.Changes.CreateAsync(Technician, Change() with { RiskLevel = v }), w, c => c.RiskLevel.ToWireName()), created);
        yield return new("change_request_create.incident_id", "incident_id", Ids(NullMeans.Empty),
            async (w, _, v) => await Stored<ChangeRequest>(await w.Changes.CreateAsync(Technician, Change() with { IncidentId = v }), w, c => c.IncidentId), created);
        yield return new("change_reject.rejection_reason", "rejection_reason", FreeText(NullMeans.Empty),
            async (w, p, v) => Outcome(await w.ChangeApproval.RejectAsync(Manager, p.ChangeId!, v), c => c.RejectionReason), RequestedAsync);
        yield return new("change_approve.change_id", "change_id", Ids(NullMeans.Refused),
            async (w, _, v) => Outcome(await w.ChangeApproval.ApproveAsync(Manager, v!), c => c.ChangeId), RequestedAsync);
        yield return new("change_schedule.scheduled_start_time", "scheduled_start_time", Timestamps(),
            async (w, p, v) => Outcome(await w.Scheduling.ScheduleAsync(Technician, p.ChangeId!, v, "2025-09-27T10:00:00Z"), c => Time(c.ScheduledStartTime)), ApprovedAsync);
        yield return new("change_schedule.scheduled_end_time", "scheduled_end_time", Timestamps(),
            async (w, p, v) => Outcome(await w.Scheduling.ScheduleAsync(Technician, p.ChangeId!, "2025-09-25T13:00:00Z", v), c => Time(c.ScheduledEndTime)), ApprovedAsync);
        yield return new("change_start.change_id", "change_id", Ids(NullMeans.Refused),
            async (w, _, v) => Outcome(await w.ChangeExecution.StartAsync(Technician, v!), c => c.ChangeId), ApprovedAsync);
        yield return new("change_reject.change_id", "change_id", Ids(NullMeans.Refused),
            async (w, _, v) => Outcome(await w.ChangeApproval.RejectAsync(Manager, v!), c => c.ChangeId), RequestedAsync);
        yield return new("change_schedule.change_id", "change_id", Ids(NullMeans.Refused),
            async (w, _, v) => Outcome(await w.Scheduling.ScheduleAsync(Technician, v!, "2025-09-26T08:00:00Z", "2025-09-26T09:00:00Z"), c => c.ChangeId), ApprovedAsync);
        yield return new("change_complete.change_id", "change_id", Ids(NullMeans.Refused),
            async (w, _, v) => Outcome(await w.ChangeExecution.CompleteAsync(Technician, v!), c => c.ChangeId), RanAsync);
        yield return new("change_fail.change_id", "change_id", Ids(NullMeans.Refused),
            async (w, _, v) => Outcome(await w.ChangeExecution.FailAsync(Technician, v!), c => c.ChangeId), RanAsync);
        yield return new("change_request_read.change_id", "change_id", Ids(NullMeans.Refused),
            async (w, _, v) => Outcome(await w.ChangeRead.ReadAsync(Manager, v!), c => c.ChangeId), RequestedAsync);
        yield return new("rollback_request_create.change_id", "change_id", Ids(NullMeans.Refused),
            async (w, _, v) => await Stored<RollbackRequest>(await w.Rollbacks.CreateAsync(Technician, new() { ChangeId = v }), w, r => r.ChangeId), RanAsync);
        yield return new("rollback_request_create.incident_id", "incident_id", Ids(NullMeans.Empty),
            async (w, p, v) => await Stored<RollbackRequest>(await w.Rollbacks.CreateAsync(Technician, new() { ChangeId = p.ChangeId, IncidentId = v }), w, r => r.IncidentId), RanAsync);
        yield return new("rollback_reject.rejection_reason", "rejection_reason", FreeText(NullMeans.Empty),
            async (w, p, v) => Outcome(await w.RollbackApproval.RejectAsync(Executive, p.RollbackId!, v), r => r.RejectionReason), RollbackAsync);
        yield return new("rollback_approve.rollback_id", "rollback_id", Ids(NullMeans.Refused),
            async (w, _, v) => Outcome(await w.RollbackApproval.ApproveAsync(Manager, v!), r => r.RollbackId), RollbackAsync);
        yield return new("rollback_reject.rollback_id", "rollback_id", Ids(NullMeans.Refused),
            async (w, _, v) => Outcome(await w.RollbackApproval.RejectAsync(Manager, v!), r => r.RollbackId), RollbackAsync);
        yield return new("rollback_start.rollback_id", "rollback_id", Ids(NullMeans.Refused),
            async (w, _, v) => Outcome(await w.RollbackExecution.StartAsync(Technician, v!), r => r.RollbackId), RollbackAsync);
        yield return new("rollback_fail.rollback_id", "rollback_id", Ids(NullMeans.Refused),
            async (w, _, v) => Outcome(await w.RollbackExecution.FailAsync(Technician, v!), r => r.RollbackId), RollbackAsync);
        yield return new("rollback_complete.rollback_id", "rollback_id", Ids(NullMeans.Refused),
            async (w, _, v) => Outcome(await w.RollbackExecution.CompleteAsync(Technician, v!), r => r.RollbackId), RollbackAsync);
        yield return new("rollback_request_read.rollback_id", "rollback_id", Ids(NullMeans.Refused),
            async (w, _, v) => Outcome(await w.RollbackRead.ReadAsync(Manager, v!), r => r.RollbackId), RollbackAsync);
    }

    private static ChangeRequestCreateRequest Change() => new() { Title = "Patch the ledger database", ChangeType = "normal", RiskLevel = "low" };

    private static string? Time(DateTimeOffset? value) => value?.ToString("O", CultureInfo.InvariantCulture);

    private static IReadOnlyList<HostileValue> FreeText(NullMeans nullMeans) => [.. HostileValues.For(HostileInput.FieldKind.FreeText, nullMeans, null)];

    /// <summary>Malformed ids; every well-formed one the hostile values hold is refused as malformed too (none is).</summary>
    private static IReadOnlyList<HostileValue> Ids(NullMeans nullMeans) =>
        [.. HostileValues.For(HostileInput.FieldKind.Id, nullMeans, null).Where(v => v.Text is not null || nullMeans != NullMeans.Refused)];

    private static IReadOnlyList<HostileValue> Enumeration(IReadOnlyList<string> wireNames)
    {
        var valid = wireNames[0];
        var values = new List<HostileValue> { new("null", null, false) };
        values.AddRange(HostileValues.Universal(valid));
        values.AddRange(HostileValues.SqlAndScript.Select(s => new HostileValue("SQL or script text", s, false)));
        values.AddRange(wireNames.SelectMany(n => new[] { n.ToUpperInvariant(), char.ToUpperInvariant(n[0]) + n[1..], " " + n + "\u00A0", n + "s", "'" + n + "'" })
            .Concat(["0", "1", "-1", "null", "*", "critical", "in_progress"])
            .Where(v => !wireNames.Contains(v, StringComparer.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .Select(v => new HostileValue("unknown enum value", v, false)));
        return values;
    }

    private static IReadOnlyList<HostileValue> Timestamps()
    {
        var values = new List<HostileValue> { new("null", null, false) };
        values.AddRange(HostileValues.Universal("2025-09-26T08:00:00Z"));
        values.AddRange(HostileValues.SqlAndScript.Select(s => new HostileValue("SQL or script text", s, false)));
        values.AddRange(new[] { "next tuesday", "2025-13-01T00:00:00Z", "2025-09-31", "1e9", "9999-99-99" }.Select(v => new HostileValue("malformed timestamp", v, false)));
        return values;
    }

    private static async Task<(bool, Halt?, string?)> Stored<TRecord>(SopResult<string> result, ApprovalWorld world, Func<TRecord, string?> read)
        where TRecord : class
    {
        if (!result.Succeeded)
        {
            return (false, result.Halt, null);
        }

        TRecord? record = typeof(TRecord) == typeof(ChangeRequest)
            ? await world.ChangeAsync(result.Value!) as TRecord
            : await world.RollbackAsync(result.Value!) as TRecord;
        return (true, null, read(record!));
    }

    private static (bool, Halt?, string?) Outcome<TRecord>(SopResult<TRecord> result, Func<TRecord, string?> read) =>
        result.Succeeded ? (true, null, read(result.Value!)) : (false, result.Halt, null);

    private static async Task<Prepared> RequestedAsync(ApprovalWorld w) =>
        new((await w.Changes.CreateAsync(Technician, Change())).Value, null);

    private static async Task<Prepared> ApprovedAsync(ApprovalWorld w) =>
        new((await w.Changes.CreateAsync(Manager, Change())).Value, null);

    private static async Task<Prepared> RanAsync(ApprovalWorld w)
    {
        var prepared = await ApprovedAsync(w);
        await w.ChangeExecution.StartAsync(Technician, prepared.ChangeId!);
        return prepared;
    }

    private static async Task<Prepared> RollbackAsync(ApprovalWorld w)
    {
        var change = await RanAsync(w);
        return new(change.ChangeId, (await w.Rollbacks.CreateAsync(Technician, new() { ChangeId = change.ChangeId })).Value);
    }

    /// <summary>No raw line break, control character, invisible format character or lone surrogate, and nothing huge.</summary>
    private static void AssertClean(string? text, string label)
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
