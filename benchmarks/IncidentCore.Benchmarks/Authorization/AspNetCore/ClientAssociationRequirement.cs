using Microsoft.AspNetCore.Authorization;

namespace IncidentCore.Benchmarks.Authorization.AspNetCore;

/// <summary>The host's marker for "the actor must be assigned to the client", checked against the resource.</summary>
internal sealed class ClientAssociationRequirement : IAuthorizationRequirement;
