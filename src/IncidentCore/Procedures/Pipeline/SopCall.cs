using System.Diagnostics;
using IncidentCore.Domain;
using IncidentCore.Policy;
using IncidentCore.Procedures.Definitions;

namespace IncidentCore.Procedures.Pipeline;

/// <summary>What one call carries through the pipeline's steps: which SOP, its trace, and who asked.</summary>
/// <param name="Operation">The operation.</param>
/// <param name="EntityType">The kind of record.</param>
/// <param name="Sop">The SOP's public definition (its inputs name the fields a log line may mention).</param>
/// <param name="Activity">The call's trace activity, if tracing listens.</param>
/// <param name="ActorUserId">The acting user's id as the host gave it.</param>
internal readonly record struct SopCall(Operation Operation, EntityType EntityType, SopDefinition Sop, Activity? Activity, string ActorUserId);
