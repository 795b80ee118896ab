namespace IncidentCore.Samples.WebApi.Authentication;

/// <summary>
/// Names of the development-only authentication scheme. It trusts a request header to say who is calling, which is
/// fine on a developer's machine and never anywhere else: a real host uses its own scheme (JWT bearer, cookies, …)
/// and puts the authenticated user's IncidentCore user_id into the <see cref="ActorUserIdClaim"/> claim.
/// </summary>
internal static class DevelopmentActorAuthentication
{
    /// <summary>The scheme name.</summary>
    public const string SchemeName = "DevelopmentActorHeader";

    /// <summary>The header carrying the acting user's id.</summary>
    public const string HeaderName = "X-Actor-User-Id";

    /// <summary>The claim the endpoints read the acting user's id from, whatever the scheme.</summary>
    public const string ActorUserIdClaim = "incidentcore_user_id";

    /// <summary>The longest user id the header may carry.</summary>
    public const int MaximumUserIdLength = 64;
}
