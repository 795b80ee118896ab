namespace IncidentCore.Samples.WebApi.RateLimiting;

/// <summary>The rate limiter's log lines. They name neither the user nor the address.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 3001, EventName = "RequestRateLimited", Level = LogLevel.Warning,
        Message = "A {Method} request was rejected by the rate limiter (429).")]
    public static partial void RequestRejected(ILogger logger, string method);
}
