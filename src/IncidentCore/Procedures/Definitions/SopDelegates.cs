using IncidentCore.Domain;
using IncidentCore.Policy;
using IncidentCore.Procedures.Pipeline;

namespace IncidentCore.Procedures.Definitions;

/// <summary>Builds a new record from validated inputs.</summary>
internal delegate TRecord RecordBuilder<TRecord>(in SopValues values, string id, string actorUserId, DateTimeOffset now);

/// <summary>Checks inputs that depend on each other or on the time (a classification, a status at report), and may fill computed slots.</summary>
internal delegate void CrossFieldCheck<TRequest>(TRequest request, ref SopValues values, ref List<FieldError>? errors, IncidentCore.Procedures.Messages.IncidentCoreErrorDescriber describe, DateTimeOffset now);

/// <summary>
/// Resolves what an association rule is checked against from the store (an incident's client, its component's vendor):
/// <see langword="null"/> when the record that decides does not exist, which is denied exactly as someone else's record is.
/// </summary>
internal delegate ValueTask<AuthorizationRequest?> TargetResolver<TRecord>(Ports.IUnitOfWork work, Operation operation, SopValues values, TRecord? current, CancellationToken cancellationToken)
    where TRecord : class;

/// <summary>Checks the rules that need the store or the current record (a lifecycle move, a target that fits a level); null when they hold.</summary>
internal delegate ValueTask<SopCheckFailure?> DomainCheck<TRecord>(SopCheck<TRecord> check, CancellationToken cancellationToken)
    where TRecord : class;

/// <summary>Stages what an update writes beside its record (history rows) in the same commit.</summary>
internal delegate void CompanionWrites<TRecord>(Ports.IUnitOfWork work, SopValues values, TRecord before, TRecord after, string actorUserId, DateTimeOffset now)
    where TRecord : class;

/// <summary>Applies validated changes to the current record, setting updated_at and advancing the version.</summary>
internal delegate TRecord RecordApplier<TRecord>(in SopValues values, TRecord current, DateTimeOffset now);

/// <summary>Applies validated changes to the current record on behalf of the actor (who approves it), setting updated_at and advancing the version.</summary>
internal delegate TRecord RecordApplierByActor<TRecord>(in SopValues values, TRecord current, string actorUserId, DateTimeOffset now);

/// <summary>Tells which sensitive facts (for the opt-in forbids) a call has, given the actor and the current record (null for a create).</summary>
internal delegate SensitiveChange SensitiveChangeCheck<TRecord>(User actor, in SopValues values, TRecord? current)
    where TRecord : class;

/// <summary>The client and vendor a record belongs to, for association rules that depend on the record.</summary>
internal delegate AuthorizationRequest TargetOf<TRecord>(Operation operation, TRecord record)
    where TRecord : class;

/// <summary>Picks the operation an update asks for, from the validated change set.</summary>
internal delegate Operation OperationChooser(in SopValues values);

/// <summary>
/// For a request that needs approval: the record as approved when it is made (its rule pre-approves it, or the requester
/// holds a required role and four-eyes is off), with what the approve audit entry records; null when it must wait.
/// </summary>
internal delegate ApprovalOnRequest<TRecord>? RequestApproval<TRecord>(TRecord record, User requester, bool forbidSelfApproval)
    where TRecord : class;

/// <summary>Whether the actor may approve or reject the current request under its approval rule (and which rule applied).</summary>
internal delegate ApprovalVerdict ApprovalCheck<TRecord>(TRecord current, User actor, bool forbidSelfApproval)
    where TRecord : class;

/// <summary>Stages the change an update makes to another record in the same commit (a completed rollback's change); null when none.</summary>
internal delegate ValueTask<LinkedChange?> LinkedWrite<TRecord>(Ports.IUnitOfWork work, TRecord after, DateTimeOffset now, CancellationToken cancellationToken)
    where TRecord : class;
