using System.Security.Claims;

namespace IncidentCore.Samples.WebApi.Authentication;

/// <summary>Reads the acting user's id from the authenticated identity; the request body never says who acts.</summary>
internal static class ActingUser
{
    /// <summary>Returns the authenticated user's IncidentCore user_id.</summary>
    /// <param name="principal">The authenticated user (endpoints require authentication).</param>
    /// <returns>The user id.</returns>
    public static string UserId(this ClaimsPrincipal principal) =>
        principal.FindFirstValue(DevelopmentActorAuthentication.ActorUserIdClaim)
        ?? throw new InvalidOperationException("The endpoint requires an authenticated actor.");
}
