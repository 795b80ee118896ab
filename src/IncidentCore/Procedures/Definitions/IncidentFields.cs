using IncidentCore.Domain;
using IncidentCore.Domain.Fields;
using IncidentCore.Domain.Incidents;
using IncidentCore.Policy;
using IncidentCore.Ports;

namespace IncidentCore.Procedures.Definitions;

/// <summary>The fields of an incident, each said once with its rules, and the lookups its SOPs share.</summary>
internal static class IncidentFields
{
    public static readonly RecordField<Incident> Title = new(DomainFields.Incident, 0, "title", FieldKind.Text, i => i.Title);

    public static readonly RecordField<Incident> Category = new(DomainFields.Incident, 1, "category", FieldKind.Text, i => i.Category);

    public static readonly RecordField<Incident> Severity = new(DomainFields.Incident, 2, "severity", FieldKind.Enumeration, i => i.Severity.ToWireName())
    {
        Enumeration = EnumTable.Of(IncidentWireNames.Severity),
    };

    public static readonly RecordField<Incident> ImpactLevel = new(DomainFields.Incident, 3, "impact_level", FieldKind.Enumeration, i => i.ImpactLevel.ToWireName())
    {
        Enumeration = EnumTable.Of(IncidentWireNames.IncidentLevel),
    };

    public static readonly RecordField<Incident> UrgencyLevel = new(DomainFields.Incident, 4, "urgency_level", FieldKind.Enumeration, i => i.UrgencyLevel.ToWireName())
    {
        Enumeration = EnumTable.Of(IncidentWireNames.IncidentLevel),
    };

    public static readonly RecordField<Incident> ClientId = new(DomainFields.Incident, 5, "client_id", FieldKind.Id, i => i.ClientId)
    {
        References = EntityType.Client,
    };

    public static readonly RecordField<Incident> ComponentId = new(DomainFields.Incident, 6, "component_id", FieldKind.Id, i => i.ComponentId)
    {
        References = EntityType.InfrastructureComponent,
        Exists = async (work, id, ct) => await IncidentStore.Of(work).Components.FindByIdAsync(id, ct).ConfigureAwait(false) is not null,
    };

    public static readonly RecordField<Incident> AssignedToUserId = new(DomainFields.Incident, 7, "assigned_to_user_id", FieldKind.Id, i => i.AssignedToUserId)
    {
        References = EntityType.User,
    };

    public static readonly RecordField<Incident> DetectionTimestamp = new(DomainFields.Incident, 8, "detection_timestamp", FieldKind.Timestamp,
        i => i.DetectionTimestamp.ToString("O", System.Globalization.CultureInfo.InvariantCulture));

    public static readonly RecordField<Incident> Status = new(DomainFields.Incident, 9, "status", FieldKind.Enumeration, i => i.Status.ToWireName())
    {
        Enumeration = EnumTable.Of(IncidentWireNames.IncidentStatus),
    };

    public static readonly RecordLookup<Incident> FindById = (work, id, ct) => IncidentStore.Of(work).Incidents.FindByIdAsync(id, ct);

    /// <summary>The vendor that supports a component (through its product), or <see langword="null"/> when none does.</summary>
    public static async ValueTask<string?> SupportingVendorAsync(IUnitOfWork work, string componentId, CancellationToken cancellationToken)
    {
        var store = IncidentStore.Of(work);
        var component = await store.Components.FindByIdAsync(componentId, cancellationToken).ConfigureAwait(false);
        if (component?.ProductId is not { } productId)
        {
            return null;
        }

        return (await store.Products.FindByIdAsync(productId, cancellationToken).ConfigureAwait(false))?.SupportVendorId;
    }

    /// <summary>What an association rule is checked against for an incident: its client and its component's supporting vendor.</summary>
    public static async ValueTask<AuthorizationRequest?> TargetOfAsync(IUnitOfWork work, Operation operation, Incident incident, CancellationToken cancellationToken) =>
        new AuthorizationRequest(operation, TargetClientId: incident.ClientId,
            TargetVendorId: await SupportingVendorAsync(work, incident.ComponentId, cancellationToken).ConfigureAwait(false));

    /// <summary>An assignee must be active and hold an internal role (not a client or vendor contact).</summary>
    public static async ValueTask<SopCheckFailure?> AssigneeFitsAsync(IUnitOfWork work, string? assigneeId, Messages.IncidentCoreErrorDescriber describe, CancellationToken cancellationToken)
    {
        if (assigneeId is null)
        {
            return null;
        }

        var assignee = await work.Users.FindByIdAsync(assigneeId, cancellationToken).ConfigureAwait(false);
        return assignee is { Status: UserStatus.Active } && Roles.IsInternal(assignee.Role)
            ? null
            : SopCheckFailure.Invalid(describe.RuleBroken("assigned_to_user_id", "the assignee must be an active user with an internal role"));
    }
}
