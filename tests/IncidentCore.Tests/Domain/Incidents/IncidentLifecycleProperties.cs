using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IncidentCore.Domain;
using IncidentCore.Domain.Incidents;

namespace IncidentCore.Tests.Domain.Incidents;

/// <summary>
/// Lifecycle properties over random sequences of requested moves, applying only the allowed ones: closed is final, the
/// resolution timestamp is set exactly while the status is resolved or closed, and every state reached is reachable by
/// the documented moves.
/// </summary>
public sealed class IncidentLifecycleProperties
{
    private static Arbitrary<IncidentStatus[]> Requests() =>
        Gen.ArrayOf(Gen.Elements(IncidentWireNames.IncidentStatus.Values.ToArray())).ToArbitrary();

    [Property]
    public Property Moves_FromOpen_KeepTheResolutionTimestampExactlyWhileResolvedOrClosed() =>
        Prop.ForAll(Requests(), requests =>
        {
            var status = IncidentStatus.Open;
            DateTimeOffset? resolved = null;
            var now = DateTimeOffset.UnixEpoch;
            foreach (var to in requests)
            {
                now = now.AddMinutes(1);
                if (!IncidentLifecycle.IsAllowed(status, to))
                {
                    continue;
                }

                resolved = IncidentLifecycle.ResolutionTimestamp(to, resolved, now);
                status = to;
                if ((resolved is not null) != status is IncidentStatus.Resolved or IncidentStatus.Closed)
                {
                    return false;
                }
            }

            return true;
        });

    [Property]
    public Property Closed_IsFinal() =>
        Prop.ForAll(Gen.Elements(IncidentWireNames.IncidentStatus.Values.ToArray()).ToArbitrary(), to =>
            !IncidentLifecycle.IsAllowed(IncidentStatus.Closed, to));

    [Theory]
    [InlineData("open", "investigating", true)]
    [InlineData("open", "in_progress", false)]
    [InlineData("open", "resolved", true)]
    [InlineData("open", "closed", false)]
    [InlineData("investigating", "in_progress", true)]
    [InlineData("investigating", "open", false)]
    [InlineData("in_progress", "resolved", true)]
    [InlineData("in_progress", "closed", false)]
    [InlineData("resolved", "closed", true)]
    [InlineData("resolved", "in_progress", true)]
    [InlineData("resolved", "open", false)]
    [InlineData("closed", "in_progress", false)]
    [InlineData("open", "open", false)]
    public void IsAllowed_FollowsTheDocumentedMoves(string from, string to, bool allowed)
    {
        Assert.True(IncidentWireNames.IncidentStatus.TryParse(from, out var f));
        Assert.True(IncidentWireNames.IncidentStatus.TryParse(to, out var t));
        Assert.Equal(allowed, IncidentLifecycle.IsAllowed(f, t));
    }

    [Fact]
    public void ResolutionTimestamp_IsSetOnResolvingKeptOnClosingAndClearedOnReopening()
    {
        var now = DateTimeOffset.UnixEpoch.AddDays(1);
        var earlier = DateTimeOffset.UnixEpoch;
        Assert.Equal(now, IncidentLifecycle.ResolutionTimestamp(IncidentStatus.Resolved, null, now));
        Assert.Equal(earlier, IncidentLifecycle.ResolutionTimestamp(IncidentStatus.Closed, earlier, now));
        Assert.Null(IncidentLifecycle.ResolutionTimestamp(IncidentStatus.InProgress, earlier, now));
    }
}
