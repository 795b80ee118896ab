namespace IncidentCore.Verification.Tests.Support;

/// <summary>The policy's "current time": 2025-09-25 12:00:00 UTC.</summary>
internal static class PolicyClock
{
    public static DateTimeOffset Now { get; } = new(2025, 9, 25, 12, 0, 0, TimeSpan.Zero);
}
