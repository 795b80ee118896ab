using System.Security.Claims;
using IncidentCore.Procedures;
using IncidentCore.Procedures.Definitions;
using IncidentCore.Procedures.Messages;
using IncidentCore.Samples.WebApi.Authentication;
using IncidentCore.Samples.WebApi.Contracts;
using IncidentCore.Samples.WebApi.Problems;
using Microsoft.AspNetCore.Mvc;

namespace IncidentCore.Samples.WebApi.Endpoints;

/// <summary>User Management: registration, update, and reads by id or email.</summary>
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
        .WithMetadata(SopCatalog.UserUpdate)
        .WithName("update_user")
        .WithSummary("Update User Details (system_administrator, incident_manager). The body is the change set.")
        .Produces<UserResponse>()
        .ProducesHaltProblems();

        users.MapGet("/{user_id}", async ([FromRoute(Name = "user_id")] string userId, ClaimsPrincipal user, UserRead read, CancellationToken cancellationToken) =>
        {
            var result = await read.ReadAsync(user.UserId(), userId, cancellationToken);
            return result.Succeeded ? Results.Ok(UserResponse.From(result.Value)) : result.Halt.ToProblem();
        })
        .WithName("get_user")
        .WithSummary("Reads a user (system_administrator, incident_manager, technical_support, executive; account_manager and client_contact for users of their client, vendor_contact for users of their vendor). A denial never reveals whether the user exists.")
        .Produces<UserResponse>()
        .ProducesHaltProblems();

        users.MapGet("/", async ([FromQuery] string? email, ClaimsPrincipal user, UserRead read, CancellationToken cancellationToken) =>
        {
            if (email is null)
            {
                return new Halt(HaltCode.ValidationFailed, "Give the email to look up.", [new FieldError("email", FieldErrorCodes.Required, "email is required.")]).ToProblem();
            }

            var result = await read.FindByEmailAsync(user.UserId(), email, cancellationToken);
            return result.Succeeded ? Results.Ok(UserResponse.From(result.Value)) : result.Halt.ToProblem();
        })
        .WithName("find_user_by_email")
        .WithSummary("Finds the user with an email, compared ignoring case; governed like reading a user by id, and a denial never reveals whether an account has the email.")
        .Produces<UserResponse>()
        .ProducesHaltProblems();
    }
}
