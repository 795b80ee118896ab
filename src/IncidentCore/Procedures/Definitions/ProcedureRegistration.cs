using IncidentCore.Procedures.Pipeline;

namespace IncidentCore.Procedures.Definitions;

/// <summary>One procedure as the container registers it: its public type, how it is made over the pipeline, and its definition.</summary>
/// <param name="ServiceType">The procedure's public class.</param>
/// <param name="Create">Makes it over the pipeline.</param>
/// <param name="Definitions">Its SOP definitions (one, or one per operation when the class runs several).</param>
internal sealed record ProcedureRegistration(Type ServiceType, Func<SopPipeline, object> Create, Func<IReadOnlyList<SopDefinition>> Definitions);
