using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentCore.Benchmarks.Authorization.AspNetCore;

/// <summary>
/// ASP.NET Core authorization set up as a host would write the client-update rule: a role requirement, an active
/// status requirement and a resource-based client association handler, in a policy resolved by name.
/// </summary>
internal sealed class AspNetCoreAuthorization : IDisposable
{
    public const string ClientUpdatePolicy = "client_update";

    private readonly ServiceProvider _provider;

    public AspNetCoreAuthorization()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddAuthorizationCore(options => options.AddPolicy(ClientUpdatePolicy, policy => policy
            .RequireAuthenticatedUser()
            .RequireRole("system_administrator", "account_manager")
            .AddRequirements(new ActiveUserRequirement(), new ClientAssociationRequirement())));
        services.AddSingleton<IAuthorizationHandler, ClientAssociationHandler>();
        _provider = services.BuildServiceProvider();
        Service = _provider.GetRequiredService<IAuthorizationService>();
    }

    public IAuthorizationService Service { get; }

    public static ClaimsPrincipal Principal(string userId, string role, string status, string? clientId)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, userId),
            new(ClaimTypes.Role, role),
            new(ActiveUserRequirement.StatusClaim, status),
        };
        if (clientId is not null)
        {
            claims.Add(new Claim(ClientAssociationHandler.ClientIdClaim, clientId));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType: "Bearer"));
    }

    public void Dispose() => _provider.Dispose();
}
