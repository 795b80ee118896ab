using System.Text.Json;
using System.Text.Json.Serialization;
using IncidentCore.Samples.WebApi.Authentication;
using IncidentCore.Samples.WebApi.Endpoints;
using IncidentCore.Samples.WebApi.OpenApi;
using IncidentCore.Samples.WebApi.Problems;
using IncidentCore.Samples.WebApi.RateLimiting;
using IncidentCore.Samples.WebApi.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.Json;

namespace IncidentCore.Samples.WebApi;

/// <summary>
/// Builds the web API: IncidentCore on the configured store, the development-only actor authentication, rate
/// limiting, problem details, OpenAPI and every endpoint. The program runs it; a load test can start it on a port of
/// its own.
/// </summary>
public static class WebApiApplication
{
    /// <summary>Builds the application from command-line arguments (any configuration key works, e.g. <c>--Storage:Provider=sqlite</c>).</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>The application, not yet started.</returns>
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);

        if (!builder.Environment.IsDevelopment())
        {
            throw new InvalidOperationException(
                $"This sample authenticates with the development-only {DevelopmentActorAuthentication.HeaderName} header and runs only in the Development environment. Replace it with a real authentication scheme before running it anywhere else.");
        }

        builder.Services.AddSampleStorage(builder.Configuration);

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
        return app;
    }
}
