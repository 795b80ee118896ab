namespace IncidentCore.Samples.WebApi.Contracts;

/// <summary>The id of a product just created.</summary>
internal sealed record CreatedProduct(string ProductId);
