using System.Text.Json;
using System.Text.Json.Nodes;

namespace IncidentCore.Samples.WebApi.Tests.Support;

/// <summary>A problem body without its per-request trace id, so two denials can be compared whole.</summary>
public static class ProblemComparison
{
    public static string WithoutTraceId(Problem problem)
    {
        var body = JsonNode.Parse(problem.Body.GetRawText())!.AsObject();
        body.Remove("traceId");
        body.Remove("trace_id");
        return $"{(int)problem.Status} {body.ToJsonString(new JsonSerializerOptions { WriteIndented = false })}";
    }
}
