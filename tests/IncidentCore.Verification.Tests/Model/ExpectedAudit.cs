using IncidentCore.Domain;
using IncidentCore.Policy;

namespace IncidentCore.Verification.Tests.Model;

/// <summary>An audit entry the model expects: everything but the id, and for successes the rule (checked separately).</summary>
internal sealed record ExpectedAudit(AuditAction Action, EntityType EntityType, string? EntityId, string ActorUserId, AuditOutcome Outcome, DateTimeOffset CreatedAt, IReadOnlySet<string>? DenialReasons, Operation Operation, UserRole? ActorRole, IReadOnlySet<string>? ChangedFields);
