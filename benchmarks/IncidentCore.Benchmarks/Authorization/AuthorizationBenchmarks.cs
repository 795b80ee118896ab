using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using IncidentCore.Benchmarks.Authorization.AspNetCore;
using IncidentCore.Domain;
using IncidentCore.Policy;
using Microsoft.AspNetCore.Authorization;
using System.Security.Claims;

namespace IncidentCore.Benchmarks.Authorization;

/// <summary>
/// One authorization decision for an actor already loaded (role, client association and active status all
/// checked): an account manager updating the client they are assigned to (allowed) and another client (denied).
/// The baseline of each case is ASP.NET Core's IAuthorizationService with the equivalent requirements.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class AuthorizationBenchmarks
{
    private const string AssignedClient = "1";
    private const string OtherClient = "2";

    private readonly PolicyEngine _engine = PolicyEngine.CreateDefault();
    private readonly User _actor = new()
    {
        UserId = "2",
        Name = "Seeded user 2",
        Email = "user2@staff.example",
        Role = UserRole.AccountManager,
        ClientId = AssignedClient,
        Status = UserStatus.Active,
        CreatedAt = DateTimeOffset.UnixEpoch,
        UpdatedAt = DateTimeOffset.UnixEpoch,
    };

    private readonly ClaimsPrincipal _principal = AspNetCoreAuthorization.Principal("2", "account_manager", "active", AssignedClient);
    private AspNetCoreAuthorization _aspNetCore = null!;

    [GlobalSetup]
    public void Setup()
    {
        _aspNetCore = new AspNetCoreAuthorization();
        if (!IncidentCoreAllowed() || IncidentCoreDenied()
            || !AspNetCoreAllowed().GetAwaiter().GetResult().Succeeded || AspNetCoreDenied().GetAwaiter().GetResult().Succeeded)
        {
            throw new InvalidOperationException("The two authorizers do not agree on the allowed and denied cases.");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _aspNetCore.Dispose();

    [BenchmarkCategory("Allowed"), Benchmark(Baseline = true, Description = "ASP.NET Core AuthorizeAsync")]
    public Task<AuthorizationResult> AspNetCoreAllowed() =>
        _aspNetCore.Service.AuthorizeAsync(_principal, AssignedClient, AspNetCoreAuthorization.ClientUpdatePolicy);

    [BenchmarkCategory("Allowed"), Benchmark(Description = "IncidentCore PolicyEngine.Authorize")]
    public bool IncidentCoreAllowed() =>
        _engine.Authorize(_actor, new AuthorizationRequest(Operation.ClientUpdate, AssignedClient)).IsAllowed;

    [BenchmarkCategory("Denied"), Benchmark(Baseline = true, Description = "ASP.NET Core AuthorizeAsync")]
    public Task<AuthorizationResult> AspNetCoreDenied() =>
        _aspNetCore.Service.AuthorizeAsync(_principal, OtherClient, AspNetCoreAuthorization.ClientUpdatePolicy);

    [BenchmarkCategory("Denied"), Benchmark(Description = "IncidentCore PolicyEngine.Authorize")]
    public bool IncidentCoreDenied() =>
        _engine.Authorize(_actor, new AuthorizationRequest(Operation.ClientUpdate, OtherClient)).IsAllowed;
}
