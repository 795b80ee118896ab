using FsCheck;
using FsCheck.Fluent;
using IncidentCore.Domain;
using IncidentCore.Domain.Incidents;
using IncidentCore.Ports.Incidents;
using IncidentCore.Procedures;
using IncidentCore.Procedures.Incidents;
using IncidentCore.Verification.Tests.FaultInjection;
using IncidentCore.Verification.Tests.Support;

namespace IncidentCore.Verification.Tests.Model;

/// <summary>
/// Random sequences of incident updates by random actors, run through the library and through a reference written
/// from the incident domain's rules alone (its own move table, its own update-type table): after every step the halt
/// code, the stored incident, its history rows and its audit entries agree. So no sequence reaches a status the rules
/// forbid, <c>closed</c> is final, <c>resolution_timestamp</c> is set exactly while resolved or closed, and the history
/// rows are exactly the fields that changed.
/// </summary>
public sealed class IncidentUpdateModelTests
{
    private const string First = "1";
    private const string OwnVendorContact = "70";

    // The documented moves, restated: forward one step, any non-closed earlier state straight to resolved, resolved
    // back to in_progress (reopening), and nothing out of closed.
    private static readonly Dictionary<string, string[]> Moves = new(StringComparer.Ordinal)
    {
        ["open"] = ["investigating", "resolved"],
        ["investigating"] = ["in_progress", "resolved"],
        ["in_progress"] = ["resolved"],
        ["resolved"] = ["closed", "in_progress"],
        ["closed"] = [],
    };

    private static readonly Dictionary<string, string> UpdateTypes = new(StringComparer.Ordinal)
    {
        ["status"] = "status_change", ["severity"] = "priority_change", ["impact_level"] = "priority_change", ["urgency_level"] = "priority_change",
        ["assigned_to_user_id"] = "assignment_change", ["title"] = "details_change", ["category"] = "details_change",
    };

    private static readonly Dictionary<string, string[]> Values = new(StringComparer.Ordinal)
    {
        ["status"] = ["open", "investigating", "in_progress", "resolved", "closed"],
        ["severity"] = ["P1", "P2", "P3", "P4"],
        ["impact_level"] = ["low", "medium", "high", "critical"],
        ["urgency_level"] = ["low", "medium", "high", "critical"],
        ["assigned_to_user_id"] = [Cast.TechnicalSupport, Cast.IncidentManager, Cast.ClientContact, Cast.InactiveAdministrator],
        ["title"] = ["Ledger writes time out", "Ledger is read-only"],
        ["category"] = ["database", "storage"],
    };

    private static readonly string[] Actors =
        [Cast.IncidentManager, Cast.TechnicalSupport, Cast.Executive, Cast.AccountManager, Cast.ClientContact, OwnVendorContact];

    [Fact]
    public void IncidentUpdates_InRandomSequences_AgreeWithTheReferenceAfterEveryStep()
    {
        var step = from actor in Gen.Elements(Actors)
                   from fields in Gen.SubListOf(Values.Keys.ToArray())
                   where fields.Count is > 0 and <= 3
                   from values in Gen.CollectToArray(fields, f => Gen.Elements(Values[f]))
                   select new Step(actor, [.. fields.Zip(values)]);
        var sequences = Gen.ListOf(step).Where(s => s.Count is > 0 and <= 30).ToArbitrary();

        Check.One(PbtScale.Config(60), Prop.ForAll(sequences, steps => RunAsync(steps).GetAwaiter().GetResult()));
    }

    private static async Task<bool> RunAsync(IReadOnlyList<Step> steps)
    {
        using var harness = IncidentCoreHarness.Create(seed =>
        {
            IncidentSeedRecords.Seed(seed);
            seed.Users.Add(new User
            {
                UserId = OwnVendorContact, Name = "Vera Vendorcontact", Email = "vera.vc@vendor.example", Role = UserRole.VendorContact,
                VendorId = SeedRecords.VendorId, CreatedAt = PolicyClock.Now.AddDays(-30), UpdatedAt = PolicyClock.Now.AddDays(-30),
            });
        });
        var reported = await harness.Get<IncidentReport>().ReportAsync(Cast.IncidentManager, IncidentFaultScenarios.NewIncident);
        Assert.True(reported.Succeeded && reported.Value == First, $"reporting halted: {reported.Halt}");
        var model = Reference.From((await ReadAsync(harness)).Incident);

        for (var i = 0; i < steps.Count; i++)
        {
            harness.Time.Advance(TimeSpan.FromMinutes(1));
            var s = steps[i];
            var changes = new ChangeSet();
            foreach (var (field, value) in s.Changes)
            {
                changes.Add(field, value);
            }

            var result = await harness.Get<IncidentUpdate>().UpdateAsync(s.Actor, First, changes);
            var expected = model.Apply(s, harness.Time.GetUtcNow());
            var (incident, history, audited) = await ReadAsync(harness);
            var where = $"step {i + 1} of {steps.Count}: {s}";
            Assert.True(expected.Code == (result.Succeeded ? null : result.Halt!.Code), $"{where}: expected {expected.Code?.ToString() ?? "success"} [{expected.Field}], got {result.Halt?.ToString() ?? "success"}");
            if (expected.Field is not null)
            {
                Assert.Equal(expected.Field, Assert.Single(result.Halt!.Errors).Field);
            }

            model.AssertMatches(incident, history, audited, where);
        }

        return true;
    }

    private static async Task<(Incident Incident, IReadOnlyList<IncidentHistoryEntry> History, int Audited)> ReadAsync(IncidentCoreHarness harness)
    {
        await using var work = await harness.Storage.BeginAsync();
        var incidents = ((IIncidentUnitOfWork)work).Incidents;
        var incident = (await incidents.FindByIdAsync(First))!;
        var history = await incidents.ListHistoryAsync(First);
        var audited = (await work.AuditTrail.ListAsync(null, int.MaxValue))
            .Count(e => e is { EntityType: EntityType.Incident, Action: AuditAction.Update, Outcome: AuditOutcome.Succeeded } && e.EntityId == First);
        return (incident, history, audited);
    }

    private sealed record Step(string Actor, (string Field, string Value)[] Changes)
    {
        public override string ToString() => $"{Actor}: {string.Join(", ", Changes.Select(c => $"{c.Field}={c.Value}"))}";
    }

    private sealed record Expected(HaltCode? Code, string? Field = null);

    /// <summary>The incident as the rules say it must be, with the history rows the rules say it must have.</summary>
    private sealed class Reference
    {
        private readonly Dictionary<string, string?> _fields = new(StringComparer.Ordinal);
        private readonly List<string> _history = [];
        private DateTimeOffset? _resolvedAt;
        private int _audited;

        public static Reference From(Incident incident)
        {
            var reference = new Reference();
            foreach (var field in UpdateTypes.Keys)
            {
                reference._fields[field] = WireValue(incident, field);
            }

            return reference;
        }

        public Expected Apply(Step step, DateTimeOffset now)
        {
            var changes = step.Changes.ToDictionary(c => c.Field, c => c.Value, StringComparer.Ordinal);
            var statusOnlyForward = changes.Count == 1 && changes.TryGetValue("status", out var only) && only is "investigating" or "in_progress" or "resolved";
            var permitted = step.Actor is Cast.IncidentManager or Cast.TechnicalSupport or Cast.Executive
                || (step.Actor == OwnVendorContact && statusOnlyForward);
            if (!permitted)
            {
                return new(HaltCode.Unauthorized);
            }

            var from = _fields["status"]!;
            if (from == "closed")
            {
                return new(HaltCode.ValidationFailed, "status");
            }

            if (changes.TryGetValue("status", out var to) && to != from && !Moves[from].Contains(to))
            {
                return new(HaltCode.ValidationFailed, "status");
            }

            if (changes.TryGetValue("assigned_to_user_id", out var assignee) && assignee is not (Cast.TechnicalSupport or Cast.IncidentManager))
            {
                return new(HaltCode.ValidationFailed, "assigned_to_user_id");
            }

            foreach (var field in UpdateTypes.Keys.Where(changes.ContainsKey))
            {
                var old = _fields[field];
                var @new = changes[field];
                if (old == @new)
                {
                    continue;
                }

                var byValue = field is not ("title" or "category");
                _history.Add($"{field}|{UpdateTypes[field]}|{(byValue ? old : null)}|{(byValue ? @new : null)}|{step.Actor}|{now:O}");
                _fields[field] = @new;
                if (field == "status")
                {
                    _resolvedAt = @new switch
                    {
                        "resolved" => now,
                        "closed" => _resolvedAt,
                        _ => null,
                    };
                }
            }

            _audited++;
            return new(null);
        }

        public void AssertMatches(Incident incident, IReadOnlyList<IncidentHistoryEntry> history, int audited, string where)
        {
            foreach (var (field, value) in _fields)
            {
                Assert.True(value == WireValue(incident, field), $"{where}: {field} is {WireValue(incident, field)}, the reference says {value}");
            }

            Assert.True(_resolvedAt == incident.ResolutionTimestamp, $"{where}: resolution_timestamp {incident.ResolutionTimestamp:O}, the reference says {_resolvedAt:O}");
            Assert.Equal(incident.Status is IncidentStatus.Resolved or IncidentStatus.Closed, incident.ResolutionTimestamp is not null);
            // The rows of one update form a set: both sides in (time, field) order.
            var rows = history.OrderBy(r => r.CreatedAt).ThenBy(r => r.FieldChanged, StringComparer.Ordinal)
                .Select(r => $"{r.FieldChanged}|{r.UpdateType.ToWireName()}|{r.OldValue}|{r.NewValue}|{r.UpdatedByUser}|{r.CreatedAt:O}").ToList();
            var expected = _history.OrderBy(r => r.Split('|')[5], StringComparer.Ordinal).ThenBy(r => r.Split('|')[0], StringComparer.Ordinal).ToList();
            Assert.True(expected.SequenceEqual(rows), $"{where}: history\n  {string.Join("\n  ", rows)}\nthe reference says\n  {string.Join("\n  ", expected)}");
            Assert.True(_audited == audited, $"{where}: {audited} update audit entries, the reference says {_audited}");
        }

        private static string? WireValue(Incident incident, string field) => field switch
        {
            "status" => incident.Status.ToWireName(),
            "severity" => incident.Severity.ToWireName(),
            "impact_level" => incident.ImpactLevel.ToWireName(),
            "urgency_level" => incident.UrgencyLevel.ToWireName(),
            "assigned_to_user_id" => incident.AssignedToUserId,
            "title" => incident.Title,
            "category" => incident.Category,
            _ => throw new ArgumentOutOfRangeException(nameof(field)),
        };
    }
}
