// A web API over IncidentCore: the registry, incident-lifecycle and approval procedures and the governed reads, with the
// acting user taken from the authenticated identity and every halt answered as RFC 9457 problem details.
using System.Text.Json;
using System.Text.Json.Serialization;
using IncidentCore.Domain;
using IncidentCore.Samples.WebApi.Authentication;
using IncidentCore.Samples.WebApi.Endpoints;
using IncidentCore.Samples.WebApi.OpenApi;
using IncidentCore.Samples.WebApi.Problems;
using IncidentCore.Samples.WebApi.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.Json;

var builder = WebApplication.CreateBuilder(args);

if (!builder.Environment.IsDevelopment())
{
    throw new InvalidOperationException(
        $"This sample authenticates with the development-only {DevelopmentActorAuthentication.HeaderName} header and runs only in the Development environment. Replace it with a real authentication scheme before running it anywhere else.");
}

builder.Services.AddIncidentCore()
    .AddInMemoryStores(seed => seed.Users.Add(new User
    {
        UserId = "1",
        Name = "Ada Administrator",
        Email = "ada@example.com",
        Role = UserRole.SystemAdministrator,
        Department = "IT",
        CreatedAt = DateTimeOffset.UnixEpoch,
        UpdatedAt = DateTimeOffset.UnixEpoch,
    }));

builder.Services.AddAuthentication(DevelopmentActorAuthentication.SchemeName)
    .AddScheme<AuthenticationSchemeOptions, DevelopmentActorAuthenticationHandler>(DevelopmentActorAuthentication.SchemeName, null);
builder.Services.AddAuthorization();
builder.Services.AddApiRateLimiting();

builder.Services.Configure<JsonOptions>(options =>
{
    options.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
    options.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
});
builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<BadRequestProblemHandler>();
builder.Services.AddOpenApi(options => options
    .AddSchemaTransformer<WireEnumSchemaTransformer>()
    .AddOperationTransformer<ChangeSetOperationTransformer>());

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseAuthentication();
app.UseRateLimiter();
app.UseAuthorization();

app.MapOpenApi();
var api = app.MapGroup("").RequireAuthorization();
api.MapClientEndpoints();
api.MapUserEndpoints();
api.MapVendorEndpoints();
api.MapAuditTrailEndpoints();
api.MapProductEndpoints();
api.MapComponentEndpoints();
api.MapIncidentEndpoints();
api.MapClientIncidentEndpoints();
api.MapEscalationEndpoints();
api.MapCommunicationEndpoints();
api.MapReviewEndpoints();
api.MapChangeEndpoints();
api.MapChangeApprovalEndpoints();
api.MapChangeExecutionEndpoints();
api.MapRollbackEndpoints();
api.MapRollbackApprovalEndpoints();
api.MapRollbackExecutionEndpoints();

app.Run();

/// <summary>The web API's entry point, visible to its tests.</summary>
public partial class Program;
