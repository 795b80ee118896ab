using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Serialization;
using IncidentCore.Domain;
using IncidentCore.Samples.Sqlite.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentCore.Benchmarks.Host.HandWritten;

/// <summary>
/// A minimal-API application with one hand-written <c>POST /clients</c> (<see cref="ClientsEndpoint"/>), behind the
/// same pipeline a host puts in front of it: the header authentication scheme of the web API sample, authorization
/// requiring an authenticated actor, problem details, and the sample's JSON settings (snake_case, unknown fields
/// refused). Its database has the SQLite sample's schema and the same administrator, user 1.
/// </summary>
internal static class HandWrittenHost
{
    public static async Task<LoopbackHost> StartAsync()
    {
        var (folder, connectionString) = LoopbackHost.NewDatabase();
        await CreateDatabaseAsync(connectionString).ConfigureAwait(false);

        var builder = WebApplication.CreateBuilder(LoopbackHost.CommonArguments);
        builder.Services.AddAuthentication(ActorHeaderAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ActorHeaderAuthenticationHandler>(ActorHeaderAuthenticationHandler.SchemeName, null);
        builder.Services.AddAuthorization();
        builder.Services.Configure<JsonOptions>(options =>
        {
            options.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            options.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        });
        builder.Services.AddProblemDetails();
        builder.Services.AddSingleton(new ClientsEndpoint(connectionString, TimeProvider.System));

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapPost("/clients", (NewClientRequest request, ClaimsPrincipal user, ClientsEndpoint endpoint, CancellationToken cancellationToken) =>
                endpoint.OnboardAsync(user.FindFirstValue(ActorHeaderAuthenticationHandler.ActorClaim), request, cancellationToken))
            .RequireAuthorization();
        return await LoopbackHost.StartAsync(app, folder).ConfigureAwait(false);
    }

    /// <summary>The SQLite sample's schema (created by its store, which is then closed) and the administrator row.</summary>
    private static async Task CreateDatabaseAsync(string connectionString)
    {
        using var store = new SqliteIncidentStore(connectionString);
        await using var work = await store.BeginAsync().ConfigureAwait(false);
        work.Users.Add(new User
        {
            UserId = "1",
            Name = "Ada Administrator",
            Email = "ada@example.com",
            Role = UserRole.SystemAdministrator,
            Department = "IT",
            CreatedAt = DateTimeOffset.UnixEpoch,
            UpdatedAt = DateTimeOffset.UnixEpoch,
        });
        var commit = await work.CommitAsync().ConfigureAwait(false);
        if (!commit.IsCommitted)
        {
            throw new InvalidOperationException($"The administrator could not be stored: {commit.Status}.");
        }
    }
}
