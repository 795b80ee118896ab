using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using IncidentCore.Samples.WebApi.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace IncidentCore.Samples.WebApi.RateLimiting;

/// <summary>
/// ASP.NET Core rate limiting for the web API: a fixed window per acting user (the authenticated
/// <c>X-Actor-User-Id</c>) chained with a fixed window per client IP address, both read from
/// <see cref="ApiRateLimitOptions"/>. A rejected request is answered 429 with a problem-details body and never
/// reaches IncidentCore, so a flood of calls cannot grow the audit trail.
/// </summary>
internal static class ApiRateLimiting
{
    /// <summary>The <c>code</c> of the problem a rejected request gets.</summary>
    public const string ProblemCode = "rate_limited";

    /// <summary>Registers the options (bound to the <c>RateLimiting</c> section and validated at start) and the limiter.</summary>
    public static IServiceCollection AddApiRateLimiting(this IServiceCollection services)
    {
        services.AddOptions<ApiRateLimitOptions>()
            .BindConfiguration(ApiRateLimitOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        return services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(PerActor),
                PartitionedRateLimiter.Create<HttpContext, string>(PerAddress));
            limiter.OnRejected = RejectAsync;
        });
    }

    private static RateLimitPartition<string> PerActor(HttpContext context)
    {
        var options = Options(context);
        var actor = context.User.FindFirstValue(DevelopmentActorAuthentication.ActorUserIdClaim);

        // A request without an actor is refused by authentication; the address limit still counts it.
        return options.Enabled && actor is not null
            ? RateLimitPartition.GetFixedWindowLimiter("actor:" + actor, _ => Window(options.PermitLimitPerActor, options.Window))
            : RateLimitPartition.GetNoLimiter("actor:none");
    }

    private static RateLimitPartition<string> PerAddress(HttpContext context)
    {
        var options = Options(context);
        var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return options.Enabled
            ? RateLimitPartition.GetFixedWindowLimiter("address:" + address, _ => Window(options.PermitLimitPerAddress, options.Window))
            : RateLimitPartition.GetNoLimiter("address:none");
    }

    private static ApiRateLimitOptions Options(HttpContext context) =>
        context.RequestServices.GetRequiredService<IOptionsMonitor<ApiRateLimitOptions>>().CurrentValue;

    private static FixedWindowRateLimiterOptions Window(int permitLimit, TimeSpan window) => new()
    {
        PermitLimit = permitLimit,
        Window = window,
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? (int?)Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)) : null;
        if (retryAfter is not null)
        {
            context.Response.Headers.RetryAfter = retryAfter.Value.ToString(CultureInfo.InvariantCulture);
        }

        Log.RequestRejected(context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ApiRateLimiting)), context.Request.Method);
        var problem = new ProblemDetails
        {
            Status = StatusCodes.Status429TooManyRequests,
            Title = "Too many requests",
            Type = "https://www.rfc-editor.org/rfc/rfc6585#section-4",
            Detail = "Too many requests from this user or address; nothing was done. Try again after the time in Retry-After.",
            Extensions = { ["code"] = ProblemCode },
        };
        if (retryAfter is not null)
        {
            problem.Extensions["retry_after_seconds"] = retryAfter.Value;
        }

        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem }).ConfigureAwait(false);
    }
}
