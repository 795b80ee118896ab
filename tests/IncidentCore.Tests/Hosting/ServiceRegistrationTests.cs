using IncidentCore.Adapters.InMemory;
using IncidentCore.Domain;
using IncidentCore.Hosting;
using IncidentCore.Policy;
using IncidentCore.Ports;
using IncidentCore.Procedures;
using IncidentCore.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace IncidentCore.Tests.Hosting;

public sealed class ServiceRegistrationTests
{
    [Fact]
    public void AddIncidentCore_WithInMemoryStores_MapsEveryServiceToItsImplementation()
    {
        var services = new ServiceCollection();
        services.AddIncidentCore().AddInMemoryStores();
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });

        Assert.IsType<InMemoryStore>(provider.GetRequiredService<IUnitOfWorkFactory>());
        Assert.Same(provider.GetRequiredService<IUnitOfWorkFactory>(), provider.GetRequiredService<IIdGenerator>());
        Assert.Equal("LoggingEscalationHook", provider.GetRequiredService<IEscalationHook>().GetType().Name);
        Assert.NotNull(provider.GetRequiredService<PolicyEngine>());
        Assert.NotNull(provider.GetRequiredService<ClientOnboarding>());
        Assert.NotNull(provider.GetRequiredService<ClientUpdate>());
        Assert.NotNull(provider.GetRequiredService<UserRegistration>());
        Assert.NotNull(provider.GetRequiredService<UserUpdate>());
        Assert.NotNull(provider.GetRequiredService<VendorRegistration>());
    }

    [Fact]
    public void AddIncidentCore_CalledTwice_RegistersEachServiceOnceAndKeepsBothConfigurations()
    {
        var services = new ServiceCollection();
        services.AddIncidentCore(o => o.AuditDenials = false).AddInMemoryStores();
        services.AddIncidentCore(o => o.ForbidSelfRoleOrStatusChange = true).AddInMemoryStores();

        foreach (var type in new[] { typeof(IncidentCoreOptions), typeof(PolicyEngine), typeof(IEscalationHook), typeof(ClientOnboarding), typeof(UserUpdate), typeof(IUnitOfWorkFactory), typeof(IIdGenerator), typeof(InMemoryStore), typeof(InMemorySeedData) })
        {
            Assert.Single(services, d => d.ServiceType == type);
        }

        using var provider = services.BuildServiceProvider();
        var options = provider.GetRequiredService<IncidentCoreOptions>();
        Assert.False(options.AuditDenials);
        Assert.True(options.ForbidSelfRoleOrStatusChange);
        Assert.Contains(provider.GetRequiredService<PolicyEngine>().Forbids, f => f.Condition == ForbidCondition.OwnRoleOrStatusChanged);
    }

    [Fact]
    public async Task AddInMemoryStores_CalledTwiceWithSeeds_SeedsBoth()
    {
        var services = new ServiceCollection();
        services.AddIncidentCore().AddInMemoryStores(s => s.Users.Add(Seed.User("7", UserRole.SystemAdministrator)));
        services.AddIncidentCore().AddInMemoryStores(s => s.Clients.Add(Seed.Client("3", "R-3", "c3@example.com")));
        await using var provider = services.BuildServiceProvider();

        var id = ResultAssert.Succeeded(await provider.GetRequiredService<ClientOnboarding>().OnboardAsync("7", Requests.NewClient()));

        Assert.Equal("4", id);
    }

    [Fact]
    public void AddInMemoryStores_WhenHostRegisteredItsOwnStoreFirst_TheHostsStoreWins()
    {
        var services = new ServiceCollection();
        var own = new InMemoryStore();
        services.AddSingleton<IUnitOfWorkFactory>(own);
        services.AddIncidentCore().AddInMemoryStores();
        using var provider = services.BuildServiceProvider();

        Assert.Same(own, provider.GetRequiredService<IUnitOfWorkFactory>());
    }

    [Fact]
    public void UseStore_AfterInMemoryStores_ReplacesThem()
    {
        var services = new ServiceCollection();
        var own = new InMemoryStore();
        services.AddIncidentCore().AddInMemoryStores().UseStore(_ => own, _ => own);
        using var provider = services.BuildServiceProvider();

        Assert.Same(own, provider.GetRequiredService<IUnitOfWorkFactory>());
        Assert.Same(own, provider.GetRequiredService<IIdGenerator>());
    }

    [Fact]
    public void AddIncidentCore_WhenHostRegisteredAnEscalationHook_TheHostsHookWins()
    {
        var services = new ServiceCollection();
        var hook = new RecordingEscalationHook();
        services.AddSingleton<IEscalationHook>(hook);
        services.AddIncidentCore().AddInMemoryStores();
        using var provider = services.BuildServiceProvider();

        Assert.Same(hook, provider.GetRequiredService<IEscalationHook>());
    }

    [Fact]
    public async Task AddIncidentCore_WhenATimeProviderIsRegistered_UsesIt()
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(Seed.PolicyNow));
        services.AddIncidentCore().AddInMemoryStores(s => s.Users.Add(Seed.User("1", UserRole.SystemAdministrator)));
        await using var provider = services.BuildServiceProvider();

        var id = ResultAssert.Succeeded(await provider.GetRequiredService<ClientOnboarding>().OnboardAsync("1", Requests.NewClient()));

        await using var work = await provider.GetRequiredService<IUnitOfWorkFactory>().BeginAsync();
        Assert.Equal(Seed.PolicyNow, (await work.Clients.FindByIdAsync(id))!.CreatedAt);
    }

    [Fact]
    public void AddIncidentCore_WithoutAnyStore_FailsClearlyWhenAProcedureIsResolved()
    {
        var services = new ServiceCollection();
        services.AddIncidentCore();
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<ClientOnboarding>());
        Assert.Contains(nameof(IUnitOfWorkFactory), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddIncidentCore_WithNegativeRetries_FailsWhenTheEngineIsResolved()
    {
        var services = new ServiceCollection();
        services.AddIncidentCore(o => o.MaxConcurrencyRetries = -1).AddInMemoryStores();
        using var provider = services.BuildServiceProvider();

        Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<PolicyEngine>());
    }

    [Fact]
    public void AddInMemoryStores_WhenSeedHasDuplicateEmails_FailsClearly()
    {
        var services = new ServiceCollection();
        services.AddIncidentCore().AddInMemoryStores(s =>
        {
            s.Users.Add(Seed.User("1", UserRole.SystemAdministrator));
            s.Users.Add(Seed.User("2", UserRole.Executive) with { Email = "1@STAFF.example" });
        });
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<IUnitOfWorkFactory>());
        Assert.Contains("email", error.Message, StringComparison.Ordinal);
    }
}
