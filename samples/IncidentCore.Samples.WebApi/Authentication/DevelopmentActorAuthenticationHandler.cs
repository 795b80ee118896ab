using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace IncidentCore.Samples.WebApi.Authentication;

/// <summary>
/// Development only: authenticates a request as the user id in the <c>X-Actor-User-Id</c> header. It asserts nothing
/// but the id; IncidentCore loads that user from the store and checks role, status and links on every call.
/// </summary>
internal sealed class DevelopmentActorAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(DevelopmentActorAuthentication.HeaderName, out var values))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var userId = values.Count == 1 ? values[0]?.Trim() : null;
        if (string.IsNullOrEmpty(userId) || userId.Length > DevelopmentActorAuthentication.MaximumUserIdLength)
        {
            return Task.FromResult(AuthenticateResult.Fail($"{DevelopmentActorAuthentication.HeaderName} must carry one user id."));
        }

        var identity = new ClaimsIdentity([new Claim(DevelopmentActorAuthentication.ActorUserIdClaim, userId)], Scheme.Name);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name)));
    }
}
