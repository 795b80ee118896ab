using System.Net;
using System.Text.Json;

namespace IncidentCore.Samples.WebApi.Tests.Support;

/// <summary>A problem-details response as a test reads it.</summary>
public sealed class Problem
{
    private Problem(HttpStatusCode status, string? contentType, JsonElement body)
    {
        Status = status;
        ContentType = contentType;
        Body = body;
    }

    public HttpStatusCode Status { get; }

    public string? ContentType { get; }

    public JsonElement Body { get; }

    public string Code => Body.GetProperty("code").GetString()!;

    public string? DenialReason => Body.TryGetProperty("denial_reason", out var reason) ? reason.GetString() : null;

    public IReadOnlyList<(string Field, string Code)> FieldErrors =>
        [.. Body.GetProperty("field_errors").EnumerateArray().Select(e => (e.GetProperty("field").GetString()!, e.GetProperty("code").GetString()!))];

    public static async Task<Problem> ReadAsync(HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return new Problem(response.StatusCode, response.Content.Headers.ContentType?.MediaType, document.RootElement.Clone());
    }
}
