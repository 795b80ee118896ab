using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IncidentCore.Benchmarks.Host.HandWritten;

/// <summary>
/// The web API sample's development-only scheme, written again: the <c>X-Actor-User-Id</c> header (one value, 1 to 64
/// characters after trimming) says who acts, and becomes the one claim the endpoint reads.
/// </summary>
internal sealed class ActorHeaderAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ActorHeader";
    public const string HeaderName = "X-Actor-User-Id";
    public const string ActorClaim = "incidentcore_user_id";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(HeaderName, out var values))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var userId = values.Count == 1 ? values[0]?.Trim() : null;
        if (string.IsNullOrEmpty(userId) || userId.Length > 64)
        {
            return Task.FromResult(AuthenticateResult.Fail($"{HeaderName} must carry one user id."));
        }

        var identity = new ClaimsIdentity([new Claim(ActorClaim, userId)], Scheme.Name);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name)));
    }
}
