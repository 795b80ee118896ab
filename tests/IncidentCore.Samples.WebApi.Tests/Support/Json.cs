using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace IncidentCore.Samples.WebApi.Tests.Support;

/// <summary>Small helpers for sending and reading JSON exactly as written.</summary>
public static class Json
{
    public static StringContent Body(string json) => new(json, Encoding.UTF8, "application/json");

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string path, string json) => client.PostAsync(path, Body(json));

    public static Task<HttpResponseMessage> PatchJsonAsync(this HttpClient client, string path, string json) => client.PatchAsync(path, Body(json));

    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    /// <summary>Counts the whole audit trail as the administrator reads it, page by page.</summary>
    public static async Task<long> AuditTotalAsync(WebApiFactory factory)
    {
        using var admin = factory.ClientFor(WebApiFactory.Administrator);
        long total = 0;
        string? after = null;
        do
        {
            var query = after is null ? "/audit-trail?take=100" : $"/audit-trail?take=100&after={Uri.EscapeDataString(after)}";
            var page = await admin.GetFromJsonAsync<JsonElement>(query);
            total += page.GetProperty("entries").GetArrayLength();
            after = page.GetProperty("next_after").GetString();
        }
        while (after is not null);

        return total;
    }
}
