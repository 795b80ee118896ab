using System.Security.Claims;
using IncidentCore.Ports;
using IncidentCore.Procedures;
using IncidentCore.Samples.WebApi.Authentication;
using IncidentCore.Samples.WebApi.Contracts;
using IncidentCore.Samples.WebApi.Problems;
using Microsoft.AspNetCore.Mvc;

namespace IncidentCore.Samples.WebApi.Endpoints;

/// <summary>User Management: registration, update and lookup.</summary>
internal static class UserEndpoints
{
    public static void MapUserEndpoints(this IEndpointRouteBuilder routes)
    {
        var users = routes.MapGroup("/users").WithTags("Users");

        users.MapPost("/", async (UserRegistrationRequest request, ClaimsPrincipal user, UserRegistration registration, CancellationToken cancellationToken) =>
        {
            var result = await registration.RegisterAsync(user.UserId(), request, cancellationToken);
            return result.Succeeded
                ? Results.Created($"/users/{Uri.EscapeDataString(result.Value)}", new CreatedUser(result.Value))
                : result.Halt.ToProblem();
        })
        .WithName("register_user")
        .WithSummary("Register User Account (system_administrator, incident_manager).")
        .Produces<CreatedUser>(StatusCodes.Status201Created)
        .ProducesHaltProblems();

        users.MapPatch("/{user_id}", async ([FromRoute(Name = "user_id")] string userId, Dictionary<string, string?> changeSet, ClaimsPrincipal user, UserUpdate update, CancellationToken cancellationToken) =>
        {
            var result = await update.UpdateAsync(user.UserId(), userId, ChangeSet.From(changeSet), cancellationToken);
            return result.Succeeded ? Results.Ok(UserResponse.From(result.Value)) : result.Halt.ToProblem();
        })
        .WithName("update_user")
        .WithSummary("Update User Details (system_administrator, incident_manager). The body is the change set.")
        .Produces<UserResponse>()
        .ProducesHaltProblems();

        users.MapGet("/{user_id}", async ([FromRoute(Name = "user_id")] string userId, ClaimsPrincipal user, IUnitOfWorkFactory store, CancellationToken cancellationToken) =>
        {
            await using var work = await store.BeginAsync(cancellationToken);
            if (await ReadAccess.CheckAsync(work, user.UserId(), auditTrail: false, cancellationToken) is { } denied)
            {
                return denied.ToProblem();
            }

            var found = await work.Users.FindByIdAsync(userId, cancellationToken);
            return found is null ? ReadAccess.NotFound("user_id", "user").ToProblem() : Results.Ok(UserResponse.From(found));
        })
        .WithName("get_user")
        .WithSummary("Reads a user (any active user).")
        .Produces<UserResponse>()
        .ProducesHaltProblems();
    }
}
