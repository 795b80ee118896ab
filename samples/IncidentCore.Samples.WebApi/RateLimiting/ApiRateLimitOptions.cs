using System.ComponentModel.DataAnnotations;

namespace IncidentCore.Samples.WebApi.RateLimiting;

/// <summary>
/// The request limits of the web API (configuration section <c>RateLimiting</c>). Every request counts against two
/// fixed windows: one per acting user and one per client IP address; a request over either limit is answered 429.
/// </summary>
public sealed class ApiRateLimitOptions
{
    /// <summary>The configuration section the options are read from.</summary>
    public const string SectionName = "RateLimiting";

    /// <summary>Whether requests are limited at all (switch it off for a load test).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Requests one acting user may make per window.</summary>
    [Range(1, int.MaxValue)]
    public int PermitLimitPerActor { get; set; } = 120;

    /// <summary>Requests one client IP address may make per window, whoever acts.</summary>
    [Range(1, int.MaxValue)]
    public int PermitLimitPerAddress { get; set; } = 600;

    /// <summary>The length of a window.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
