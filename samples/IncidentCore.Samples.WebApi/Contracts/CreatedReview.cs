namespace IncidentCore.Samples.WebApi.Contracts;

/// <summary>The id of a post-incident review just scheduled.</summary>
internal sealed record CreatedReview(string ReviewId);
