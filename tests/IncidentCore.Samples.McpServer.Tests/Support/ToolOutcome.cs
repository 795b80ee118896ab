using System.Text.Json;

namespace IncidentCore.Samples.McpServer.Tests.Support;

/// <summary>A tool result as the agent reads it: an error flag and the JSON text content.</summary>
public sealed record ToolOutcome(bool IsError, JsonElement Body)
{
    public string? HaltCode => IsError ? Body.GetProperty("code").GetString() : null;

    public string? DenialReason => Body.TryGetProperty("denial_reason", out var reason) ? reason.GetString() : null;

    public IReadOnlyList<(string Field, string Code)> FieldErrors =>
        Body.TryGetProperty("errors", out var errors)
            ? [.. errors.EnumerateArray().Select(e => (e.GetProperty("field").GetString()!, e.GetProperty("code").GetString()!))]
            : [];

    public string Text(string property) => Body.GetProperty(property).GetString()!;
}
