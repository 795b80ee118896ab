namespace IncidentCore.Procedures.Definitions;

/// <summary>How a domain check failed: the halt code (validation_failed or not_found) and the fields at fault.</summary>
/// <param name="Code">The halt code.</param>
/// <param name="Errors">The field errors.</param>
internal sealed record SopCheckFailure(HaltCode Code, IReadOnlyList<FieldError> Errors)
{
    public static SopCheckFailure Invalid(FieldError error) => new(HaltCode.ValidationFailed, [error]);

    public static SopCheckFailure Missing(FieldError error) => new(HaltCode.NotFound, [error]);
}
