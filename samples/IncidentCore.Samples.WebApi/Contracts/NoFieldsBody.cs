namespace IncidentCore.Samples.WebApi.Contracts;

/// <summary>
/// The optional body of a call that takes no input (approve, start, complete, fail): it may be left out or be
/// <c>{}</c>, and any field in it is refused as unknown_field, so a body can never name the approving or acting user.
/// </summary>
internal sealed record NoFieldsBody;
