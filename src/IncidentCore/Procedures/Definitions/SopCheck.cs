using IncidentCore.Domain;
using IncidentCore.Policy;
using IncidentCore.Ports;
using IncidentCore.Procedures.Messages;
using IncidentCore.Procedures.Pipeline;

namespace IncidentCore.Procedures.Definitions;

/// <summary>What an SOP's domain check sees: the unit of work, the validated inputs, the current record (updates), the actor, the time, the messages and the policy.</summary>
/// <typeparam name="TRecord">The record.</typeparam>
/// <param name="Work">The unit of work.</param>
/// <param name="Values">The validated inputs.</param>
/// <param name="Current">The current record, for an update; <see langword="null"/> for a create.</param>
/// <param name="Actor">The authorized actor.</param>
/// <param name="Now">The time of the call.</param>
/// <param name="Describe">The messages.</param>
/// <param name="Policy">The policy engine, for rules about what another user may do (a recipient who may read the incident).</param>
internal readonly record struct SopCheck<TRecord>(IUnitOfWork Work, SopValues Values, TRecord? Current, User Actor, DateTimeOffset Now, IncidentCoreErrorDescriber Describe, PolicyEngine Policy)
    where TRecord : class;
