using Microsoft.AspNetCore.Authorization;

namespace IncidentCore.Benchmarks.Authorization.AspNetCore;

/// <summary>
/// The host's resource-based handler: a system administrator may act on any client, an account manager only on the
/// client in their client_id claim.
/// </summary>
internal sealed class ClientAssociationHandler : AuthorizationHandler<ClientAssociationRequirement, string>
{
    public const string ClientIdClaim = "client_id";

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ClientAssociationRequirement requirement, string resource)
    {
        if (context.User.IsInRole("system_administrator")
            || string.Equals(context.User.FindFirst(ClientIdClaim)?.Value, resource, StringComparison.Ordinal))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
