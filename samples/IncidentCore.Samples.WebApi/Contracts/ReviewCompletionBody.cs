namespace IncidentCore.Samples.WebApi.Contracts;

/// <summary>The body of <c>POST /reviews/{review_id}/complete</c>: the overall rating a completed review needs.</summary>
internal sealed record ReviewCompletionBody(string? OverallRating);
