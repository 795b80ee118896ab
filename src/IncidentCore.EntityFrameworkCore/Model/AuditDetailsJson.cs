using System.Text.Json.Serialization;
using IncidentCore.Domain;

namespace IncidentCore.EntityFrameworkCore;

/// <summary>The JSON of an audit entry's changed fields and value changes (source-generated, no reflection).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(string[]))]
[JsonSerializable(typeof(AuditValueChange[]))]
internal sealed partial class AuditDetailsJson : JsonSerializerContext;
