using IncidentCore.Procedures.Definitions;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace IncidentCore.Samples.WebApi.OpenApi;

/// <summary>
/// Describes the body of every update endpoint from the SOP definition the endpoint carries as metadata: the
/// endpoint binds the change set as a plain object of field name → value, and this transformer lists the fields the
/// SOP may set, with enumeration values and length limits, and no others.
/// </summary>
internal sealed class ChangeSetOperationTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var sop = context.Description.ActionDescriptor.EndpointMetadata.OfType<SopDefinition>().FirstOrDefault();
        if (sop is { Kind: SopKind.Update } && operation.RequestBody?.Content is { } content)
        {
            foreach (var media in content.Values)
            {
                media.Schema = SopFieldSchema.ChangeSet(sop);
            }
        }

        return Task.CompletedTask;
    }
}
