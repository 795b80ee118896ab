using System.Globalization;
using System.Net.Http.Headers;
using System.Text;

namespace IncidentCore.Benchmarks.Host;

/// <summary>
/// The body of each onboarding request: a valid client whose registration number and contact email no other request
/// of the run uses (the tag tells the warm-up from the measured requests). Both endpoints get the same bodies.
/// </summary>
internal static class ClientBodies
{
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    public static Func<int, HttpContent> Tagged(string tag) => i =>
    {
        var n = tag + i.ToString(CultureInfo.InvariantCulture);
        var json = $$"""{"client_name":"Load client {{n}}","registration_number":"LOAD-{{n}}","contact_email":"ops.{{n}}@load.example","client_type":"mid_market","country":"Czech Republic","industry":"Retail"}""";
        return new ByteArrayContent(Encoding.UTF8.GetBytes(json)) { Headers = { ContentType = Json } };
    };
}
