using IncidentCore.Domain;
using IncidentCore.Domain.Incidents;
using IncidentCore.Ports;
using IncidentCore.Samples.WebApi.RateLimiting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentCore.Samples.WebApi.Tests.Support;

/// <summary>
/// Hosts the web API in memory with its own store, seeded with the sample's system administrator (user 1) and the
/// people, clients, vendors, products and components below, so each test starts from the same known state. Globex
/// supports the Globex product and its component; Initech the other pair. Rate limiting is off unless a test sets
/// <see cref="RateLimiting"/>, so that no test is throttled by the requests of another.
/// </summary>
public sealed class WebApiFactory : WebApplicationFactory<Program>
{
    public const string Administrator = "1";
    public const string AccountManager = "2";
    public const string TechnicalSupport = "3";
    public const string IncidentManager = "4";
    public const string ExecutiveOnLeave = "5";
    public const string NorthwindContact = "6";
    public const string GlobexContact = "7";
    public const string Executive = "8";
    public const string Northwind = "100";
    public const string Contoso = "101";
    public const string Globex = "200";
    public const string Initech = "201";
    public const string GlobexProduct = "300";
    public const string InitechProduct = "301";
    public const string GlobexComponent = "400";
    public const string InitechComponent = "401";

    private readonly Func<IUnitOfWorkFactory, IUnitOfWorkFactory>? _wrapStore;

    public WebApiFactory(Func<IUnitOfWorkFactory, IUnitOfWorkFactory>? wrapStore = null) => _wrapStore = wrapStore;

    /// <summary>Changes the rate limits read from appsettings.json; when not set, rate limiting is switched off.</summary>
    public Action<ApiRateLimitOptions>? RateLimiting { get; init; }

    public HttpClient ClientFor(string actorUserId)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add("X-Actor-User-Id", actorUserId);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.ConfigureTestServices(services =>
        {
            services.Configure(RateLimiting ?? (options => options.Enabled = false));
            services.AddIncidentCore().AddInMemoryStores(seed =>
            {
                seed.Clients.Add(SeedClient(Northwind, "Northwind", "REG-NW", "ops@northwind.example"));
                seed.Clients.Add(SeedClient(Contoso, "Contoso", "REG-CT", "ops@contoso.example"));
                seed.Users.Add(SeedUser(AccountManager, UserRole.AccountManager, UserStatus.Active, Northwind));
                seed.Users.Add(SeedUser(TechnicalSupport, UserRole.TechnicalSupport, UserStatus.Active, null));
                seed.Users.Add(SeedUser(IncidentManager, UserRole.IncidentManager, UserStatus.Active, null));
                seed.Users.Add(SeedUser(ExecutiveOnLeave, UserRole.Executive, UserStatus.OnLeave, null));
                seed.Users.Add(SeedUser(NorthwindContact, UserRole.ClientContact, UserStatus.Active, Northwind));
                seed.Users.Add(SeedUser(GlobexContact, UserRole.VendorContact, UserStatus.Active, null) with { VendorId = Globex });
                seed.Users.Add(SeedUser(Executive, UserRole.Executive, UserStatus.Active, null));
                seed.Vendors.Add(SeedVendor(Globex, "Globex", "support@globex.example", "+15125550100"));
                seed.Vendors.Add(SeedVendor(Initech, "Initech", "billing@initech.example", "+15125550101"));
                seed.Products.Add(SeedProduct(GlobexProduct, "Globex Storefront", Globex));
                seed.Products.Add(SeedProduct(InitechProduct, "Initech Ledger", Initech));
                seed.Components.Add(SeedComponent(GlobexComponent, "checkout-api", GlobexProduct));
                seed.Components.Add(SeedComponent(InitechComponent, "ledger-db", InitechProduct));
            });

            if (_wrapStore is not null)
            {
                var original = services.Last(d => d.ServiceType == typeof(IUnitOfWorkFactory));
                services.Remove(original);
                services.AddSingleton(sp => _wrapStore((IUnitOfWorkFactory)original.ImplementationFactory!(sp)));
            }
        });
    }

    private static Client SeedClient(string id, string name, string registrationNumber, string email) => new()
    {
        ClientId = id,
        ClientName = name,
        RegistrationNumber = registrationNumber,
        ContactEmail = email,
        ClientType = ClientType.Enterprise,
        CreatedAt = DateTimeOffset.UnixEpoch,
        UpdatedAt = DateTimeOffset.UnixEpoch,
    };

    private static Vendor SeedVendor(string id, string name, string email, string phone) => new()
    {
        VendorId = id,
        VendorName = name,
        VendorType = VendorType.CloudProvider,
        ContactEmail = email,
        ContactPhone = phone,
        CreatedAt = DateTimeOffset.UnixEpoch,
        UpdatedAt = DateTimeOffset.UnixEpoch,
    };

    private static Product SeedProduct(string id, string name, string supportVendorId) => new()
    {
        ProductId = id,
        ProductName = name,
        ProductType = "web_application",
        SupportVendorId = supportVendorId,
        CreatedAt = DateTimeOffset.UnixEpoch,
        UpdatedAt = DateTimeOffset.UnixEpoch,
    };

    private static InfrastructureComponent SeedComponent(string id, string name, string productId) => new()
    {
        ComponentId = id,
        ComponentName = name,
        ComponentType = "service",
        Environment = ComponentEnvironment.Production,
        ProductId = productId,
        CreatedAt = DateTimeOffset.UnixEpoch,
        UpdatedAt = DateTimeOffset.UnixEpoch,
    };

    private static User SeedUser(string id, UserRole role, UserStatus status, string? clientId) => new()
    {
        UserId = id,
        Name = $"Seeded user {id}",
        Email = $"user{id}@example.com",
        Role = role,
        Status = status,
        ClientId = clientId,
        CreatedAt = DateTimeOffset.UnixEpoch,
        UpdatedAt = DateTimeOffset.UnixEpoch,
    };
}
