using System.Text.Json;
using System.Text.RegularExpressions;
using IncidentCore.Procedures;
using Microsoft.AspNetCore.Diagnostics;

namespace IncidentCore.Samples.WebApi.Problems;

/// <summary>
/// Answers a request the framework could not bind (unknown JSON field, wrong JSON type, malformed JSON, a query value
/// that is not a number) with a validation_failed problem naming the field, instead of a bare status or a 500.
/// </summary>
internal sealed partial class BadRequestProblemHandler(IProblemDetailsService problems) : IExceptionHandler
{
    private const int MaximumFieldNameLength = 64;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException badRequest)
        {
            return false;
        }

        var (field, code, message) = Describe(badRequest);
        var details = HaltProblem.Details(new Halt(HaltCode.ValidationFailed, "The request could not be read; nothing was changed.", [new FieldError(field, code, message)]));
        details.Status = badRequest.StatusCode;
        httpContext.Response.StatusCode = badRequest.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = details,
            Exception = exception,
        }).ConfigureAwait(false);
    }

    private static (string Field, string Code, string Message) Describe(BadHttpRequestException exception)
    {
        if (exception.InnerException is JsonException json)
        {
            var field = FieldFromPath(json.Path);
            return json.Message.Contains("could not be mapped", StringComparison.Ordinal)
                ? (field, "unknown_field", $"{field} is not a field of this request.")
                : (field, "invalid", field == "body" ? "The body is not a JSON object of the expected shape." : $"{field} has the wrong JSON type or is malformed.");
        }

        if (exception.StatusCode == StatusCodes.Status415UnsupportedMediaType)
        {
            return ("body", "invalid", "The body must be application/json.");
        }

        var parameter = ParameterName().Match(exception.Message);
        return parameter.Success
            ? (Safe(parameter.Groups["name"].Value), "invalid", $"{Safe(parameter.Groups["name"].Value)} has the wrong type.")
            : ("body", "required", "The request body is missing.");
    }

    /// <summary>Turns a JSON path such as <c>$.role</c> or <c>$['a b']</c> into a field name safe to echo.</summary>
    internal static string FieldFromPath(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return "body";
        }

        var name = path.StartsWith("$.", StringComparison.Ordinal) ? path[2..]
            : path.StartsWith("$['", StringComparison.Ordinal) && path.EndsWith("']", StringComparison.Ordinal) ? path[3..^2]
            : path.TrimStart('$');
        return Safe(name);
    }

    private static string Safe(string name)
    {
        var safe = new string([.. name.Take(MaximumFieldNameLength).Select(c => char.IsControl(c) ? '?' : c)]);
        return name.Length > MaximumFieldNameLength ? safe + "…" : safe;
    }

    [GeneratedRegex("""parameter "\S+ (?<name>[^"]+)" """, RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex ParameterName();
}
