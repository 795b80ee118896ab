// A web API over IncidentCore: the registry, incident-lifecycle and approval procedures and the governed reads, with the
// acting user taken from the authenticated identity and every halt answered as RFC 9457 problem details.
using IncidentCore.Samples.WebApi;

WebApiApplication.Build(args).Run();

/// <summary>The web API's entry point, visible to its tests.</summary>
public partial class Program;
