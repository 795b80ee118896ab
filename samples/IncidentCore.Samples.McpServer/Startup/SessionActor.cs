namespace IncidentCore.Samples.McpServer.Startup;

/// <summary>
/// The acting user of this server session, fixed at start-up by whoever launched the server. IncidentCore loads the
/// user from the store on every call and checks role, status and links; an agent cannot name another actor.
/// </summary>
internal sealed record SessionActor(string UserId);
