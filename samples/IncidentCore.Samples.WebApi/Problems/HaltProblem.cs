using IncidentCore.Policy;
using IncidentCore.Procedures;
using Microsoft.AspNetCore.Mvc;

namespace IncidentCore.Samples.WebApi.Problems;

/// <summary>
/// Turns a halt into RFC 9457 problem details carrying the stable halt code, the per-field errors and, for a denial,
/// the policy's reason.
/// </summary>
internal static class HaltProblem
{
    /// <summary>The HTTP status for each halt code.</summary>
    public static int StatusCode(HaltCode code) => code switch
    {
        HaltCode.ValidationFailed => StatusCodes.Status400BadRequest,
        HaltCode.Unauthorized => StatusCodes.Status403Forbidden,
        HaltCode.NotFound => StatusCodes.Status404NotFound,
        HaltCode.Duplicate => StatusCodes.Status409Conflict,
        HaltCode.Conflict => StatusCodes.Status409Conflict,
        HaltCode.StorageFailure => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status500InternalServerError,
    };

    /// <summary>Creates the problem response for a halt.</summary>
    public static IResult ToProblem(this Halt halt) => TypedResults.Problem(Details(halt));

    /// <summary>Creates the problem details for a halt.</summary>
    public static ProblemDetails Details(Halt halt)
    {
        var details = new ProblemDetails
        {
            Type = TypeUri(halt.CodeName),
            Title = halt.CodeName,
            Status = StatusCode(halt.Code),
            Detail = halt.Message,
        };
        details.Extensions["code"] = halt.CodeName;
        details.Extensions["errors"] = halt.Errors
            .GroupBy(e => e.Field, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), StringComparer.Ordinal);
        details.Extensions["field_errors"] = halt.Errors.Select(e => new FieldErrorResponse(e.Field, e.Code, e.Message)).ToArray();
        if (halt.DenialReason != DenialReason.None)
        {
            details.Extensions["denial_reason"] = halt.DenialReason.ToWireName();
        }

        return details;
    }

    /// <summary>The problem type of a halt code.</summary>
    public static string TypeUri(string codeName) => $"urn:incidentcore:halt:{codeName}";
}
