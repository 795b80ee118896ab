using IncidentCore.Domain;
using IncidentCore.Policy;
using IncidentCore.Procedures.Pipeline;

namespace IncidentCore.Procedures.Definitions;

/// <summary>Builds a new record from validated inputs.</summary>
internal delegate TRecord RecordBuilder<TRecord>(in SopValues values, string id, DateTimeOffset now);

/// <summary>Applies validated changes to the current record, setting updated_at and advancing the version.</summary>
internal delegate TRecord RecordApplier<TRecord>(in SopValues values, TRecord current, DateTimeOffset now);

/// <summary>Tells which sensitive facts (for the opt-in forbids) a call has, given the actor and the current record (null for a create).</summary>
internal delegate SensitiveChange SensitiveChangeCheck<TRecord>(User actor, in SopValues values, TRecord? current)
    where TRecord : class;

/// <summary>The client and vendor a record belongs to, for association rules that depend on the record.</summary>
internal delegate AuthorizationRequest TargetOf<TRecord>(Operation operation, TRecord record)
    where TRecord : class;
