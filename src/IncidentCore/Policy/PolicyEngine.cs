using IncidentCore.Domain;

namespace IncidentCore.Policy;

/// <summary>
/// Decides whether an actor may run an operation: default deny; a forbid that holds overrides every permit;
/// otherwise allowed exactly when some permit rule for the actor's role holds. Rules are data, so the order
/// and repetition of rows never change a decision. Decisions allocate nothing.
/// </summary>
internal sealed class PolicyEngine
{
    // Roles are 1..7; one row of slots per operation, sized when the engine is built, so any number of operations
    // and rules costs the same per decision.
    private const int RoleSlots = 8;

    private readonly PermitRule[][] _permitsByOperationAndRole;
    private readonly ForbidRule[] _forbids;
    private readonly int _operationCount;

    /// <summary>Creates an engine over the given rows.</summary>
    /// <param name="permits">The permit rows; duplicates and order do not matter.</param>
    /// <param name="forbids">The forbid rows; duplicates and order do not matter.</param>
    public PolicyEngine(IEnumerable<PermitRule> permits, IEnumerable<ForbidRule> forbids)
    {
        ArgumentNullException.ThrowIfNull(permits);
        ArgumentNullException.ThrowIfNull(forbids);

        var rules = permits.Distinct().ToArray();
        _operationCount = rules.Length == 0 ? 0 : rules.Max(r => (int)r.Operation) + 1;
        var slots = new List<PermitRule>[_operationCount * RoleSlots];
        foreach (var rule in rules)
        {
            var slot = Slot(rule.Operation, rule.Role);
            if (slot < 0)
            {
                throw new ArgumentException($"Permit rule '{rule.Name}' names an unknown operation or role.", nameof(permits));
            }

            (slots[slot] ??= []).Add(rule);
        }

        _permitsByOperationAndRole = new PermitRule[slots.Length][];
        for (var i = 0; i < slots.Length; i++)
        {
            _permitsByOperationAndRole[i] = slots[i] is { } list
                ? [.. list.OrderBy(r => r.Association).ThenBy(r => r.Name, StringComparer.Ordinal)]
                : [];
        }

        _forbids = [.. forbids.Distinct().OrderBy(f => f.Condition).ThenBy(f => f.Name, StringComparer.Ordinal)];
        Permits = [.. _permitsByOperationAndRole.SelectMany(r => r)];
        Forbids = _forbids;
    }

    /// <summary>The engine's permit rows, without duplicates.</summary>
    public IReadOnlyList<PermitRule> Permits { get; }

    /// <summary>The engine's forbid rows, without duplicates.</summary>
    public IReadOnlyList<ForbidRule> Forbids { get; }

    /// <summary>An engine over the policy's own table, with the given opt-in forbids.</summary>
    /// <param name="onlySystemAdministratorsManageSystemAdministrators">Whether only system administrators may grant or remove that role.</param>
    /// <param name="forbidSelfRoleOrStatusChange">Whether nobody may change their own role or status.</param>
    /// <returns>The engine.</returns>
    public static PolicyEngine CreateDefault(bool onlySystemAdministratorsManageSystemAdministrators = false, bool forbidSelfRoleOrStatusChange = false) =>
        new(PolicyTable.Permits, PolicyTable.Forbids(onlySystemAdministratorsManageSystemAdministrators, forbidSelfRoleOrStatusChange));

    /// <summary>Decides a request.</summary>
    /// <param name="actor">The acting user as loaded from the store; <see langword="null"/> when no such user exists.</param>
    /// <param name="request">What the actor asks to do.</param>
    /// <returns>The decision and its reason.</returns>
    public AuthorizationDecision Authorize(User? actor, in AuthorizationRequest request)
    {
        if (actor is null)
        {
            return AuthorizationDecision.Deny(DenialReason.ActorNotFound);
        }

        foreach (var forbid in _forbids)
        {
            if (Holds(forbid.Condition, actor, request))
            {
                return AuthorizationDecision.Deny(forbid.Reason, forbid);
            }
        }

        var slot = Slot(request.Operation, actor.Role);
        if (slot < 0)
        {
            return AuthorizationDecision.Deny(DenialReason.RoleNotPermitted);
        }

        var candidates = _permitsByOperationAndRole[slot];
        foreach (var rule in candidates)
        {
            if (AssociationHolds(rule.Association, actor, request))
            {
                return AuthorizationDecision.Allow(rule);
            }
        }

        if (candidates.Length == 0)
        {
            return AuthorizationDecision.Deny(DenialReason.RoleNotPermitted);
        }

        return AuthorizationDecision.Deny(candidates[0].Association switch
        {
            AssociationRequirement.AssignedToVendor => DenialReason.NotAssignedToVendor,
            AssociationRequirement.IsNamedUser => DenialReason.NotNamedUser,
            _ => DenialReason.NotAssignedToClient,
        });
    }

    private static bool Holds(ForbidCondition condition, User actor, in AuthorizationRequest request) => condition switch
    {
        ForbidCondition.ActorNotActive => actor.Status != UserStatus.Active,
        ForbidCondition.SystemAdministratorRoleChangedByNonAdministrator =>
            (request.Changes & SensitiveChange.SystemAdministratorRole) != 0 && actor.Role != UserRole.SystemAdministrator,
        ForbidCondition.OwnRoleOrStatusChanged => (request.Changes & SensitiveChange.OwnRoleOrStatus) != 0,
        _ => false,
    };

    private static bool AssociationHolds(AssociationRequirement requirement, User actor, in AuthorizationRequest request) => requirement switch
    {
        AssociationRequirement.None => true,
        AssociationRequirement.AssignedToClient =>
            actor.ClientId is not null && request.TargetClientId is not null && string.Equals(actor.ClientId, request.TargetClientId, StringComparison.Ordinal),
        AssociationRequirement.AssignedToVendor =>
            actor.VendorId is not null && request.TargetVendorId is not null && string.Equals(actor.VendorId, request.TargetVendorId, StringComparison.Ordinal),
        AssociationRequirement.IsNamedUser =>
            request.TargetUserId is not null && string.Equals(actor.UserId, request.TargetUserId, StringComparison.Ordinal),
        _ => false,
    };

    private int Slot(Operation operation, UserRole role)
    {
        var o = (int)operation;
        var r = (int)role;
        return o > 0 && o < _operationCount && r is > 0 and < RoleSlots ? (o * RoleSlots) + r : -1;
    }
}
