using IncidentCore.Domain;
using IncidentCore.Policy;

namespace IncidentCore.Procedures.Definitions;

/// <summary>A request approved as it is made: the approved record, the rule that approved it, and what its approve entry records.</summary>
/// <typeparam name="TRecord">The request record.</typeparam>
/// <param name="Record">The record, approved.</param>
/// <param name="Rule">The approval rule that applied.</param>
/// <param name="ChangedFields">The fields the approval set.</param>
/// <param name="ValueChanges">Their old → new values (status and the approving user's id).</param>
internal sealed record ApprovalOnRequest<TRecord>(TRecord Record, ApprovalRule Rule, IReadOnlyList<string> ChangedFields, IReadOnlyList<AuditValueChange> ValueChanges)
    where TRecord : class;
