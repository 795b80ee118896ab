namespace IncidentCore.Samples.WebApi.Endpoints;

/// <summary>Declares the problem responses every procedure endpoint can give, for the OpenAPI document.</summary>
internal static class HaltProblemMetadata
{
    public static RouteHandlerBuilder ProducesHaltProblems(this RouteHandlerBuilder builder) => builder
        .ProducesProblem(StatusCodes.Status400BadRequest)
        .ProducesProblem(StatusCodes.Status401Unauthorized)
        .ProducesProblem(StatusCodes.Status403Forbidden)
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
}
