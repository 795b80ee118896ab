using IncidentCore.Domain;
using IncidentCore.Domain.Normalization;
using IncidentCore.Policy;
using IncidentCore.Procedures.Definitions;

namespace IncidentCore.Procedures.Pipeline;

/// <summary>Reading the audit trail a page at a time, by key, governed like every read.</summary>
internal sealed partial class SopPipeline
{
    public const int MaximumAuditPage = 1000;

    private static readonly SopDefinition AuditTrailSop = new(Operation.AuditTrailRead, SopKind.Read, EntityType.AuditEntry, "after", []);

    public async ValueTask<SopResult<IReadOnlyList<AuditEntry>>> ReadAuditTrailAsync(string actorUserId, string? afterAuditId, int take, CancellationToken cancellationToken)
    {
        var call = Begin(Operation.AuditTrailRead, EntityType.AuditEntry, AuditTrailSop, actorUserId);
        using var activity = call.Activity;

        List<FieldError>? errors = null;
        CheckActorId(actorUserId, ref errors);
        if (afterAuditId is not null && !TextRules.IsWellFormedId(afterAuditId))
        {
            (errors ??= []).Add(describe.InvalidId("after"));
        }

        if (take is < 1 or > MaximumAuditPage)
        {
            (errors ??= []).Add(new FieldError("take", Messages.FieldErrorCodes.Invalid, $"take must be between 1 and {MaximumAuditPage}."));
        }

        if (errors is not null)
        {
            return ValidationFailed(call, errors);
        }

        try
        {
            await using var scope = new UnitOfWorkScope(await store.BeginAsync(cancellationToken).ConfigureAwait(false), events);
            var work = scope.Work;
            var actor = await work.Users.FindByIdAsync(actorUserId, cancellationToken).ConfigureAwait(false);
            var decision = policy.Authorize(actor, new AuthorizationRequest(Operation.AuditTrailRead));
            if (!decision.IsAllowed)
            {
                return ReadDenied(call, decision);
            }

            var page = await work.AuditTrail.ListAsync(afterAuditId, take, cancellationToken).ConfigureAwait(false);
            events.Read(call.Operation, call.Activity, EntityType.AuditEntry, actorUserId, decision.Reason);
            return SopResult<IReadOnlyList<AuditEntry>>.Success(page);
        }
        catch (Exception exception) when (IsStorageFailure(exception, cancellationToken))
        {
            return await StorageFailedAsync(call, exception).ConfigureAwait(false);
        }
    }
}
