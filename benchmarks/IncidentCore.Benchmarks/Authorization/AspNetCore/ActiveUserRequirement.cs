using Microsoft.AspNetCore.Authorization;

namespace IncidentCore.Benchmarks.Authorization.AspNetCore;

/// <summary>The host's rule that only an active user may act, checked from the user's status claim.</summary>
internal sealed class ActiveUserRequirement : AuthorizationHandler<ActiveUserRequirement>, IAuthorizationRequirement
{
    public const string StatusClaim = "status";

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ActiveUserRequirement requirement)
    {
        if (context.User.HasClaim(StatusClaim, "active"))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
