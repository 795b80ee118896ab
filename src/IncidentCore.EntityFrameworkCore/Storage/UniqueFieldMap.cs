using System.Diagnostics.CodeAnalysis;
using IncidentCore.Domain;
using IncidentCore.Domain.Approvals;
using IncidentCore.Domain.Incidents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace IncidentCore.EntityFrameworkCore;

/// <summary>
/// Which record field each unique index and primary key of the model keeps unique, found from the context's own
/// model (so it holds whatever schema, prefix or index names the host chose): by constraint name, and by table and
/// columns for databases that name only those. It also knows the unique indexes whose violation means a lost race.
/// </summary>
internal sealed class UniqueFieldMap
{
    // The properties each unique index or key is on, and the record field (wire name) it keeps unique.
    private static readonly (Type Entity, string[] Properties, string Field)[] Fields =
    [
        (typeof(Client), [nameof(Client.ClientId)], "client_id"),
        (typeof(Client), [ModelNames.RegistrationNumberKey], "registration_number"),
        (typeof(Client), [ModelNames.ContactEmailKey], "contact_email"),
        (typeof(User), [nameof(User.UserId)], "user_id"),
        (typeof(User), [ModelNames.EmailKey], "email"),
        (typeof(Vendor), [nameof(Vendor.VendorId)], "vendor_id"),
        (typeof(Vendor), [ModelNames.VendorNameKey], "vendor_name"),
        (typeof(Vendor), [ModelNames.ContactEmailKey], "contact_email"),
        (typeof(Vendor), [ModelNames.ContactPhoneKey], "contact_phone"),
        (typeof(Product), [nameof(Product.ProductId)], "product_id"),
        (typeof(Product), [ModelNames.ProductNameKey], "product_name"),
        (typeof(InfrastructureComponent), [nameof(InfrastructureComponent.ComponentId)], "component_id"),
        (typeof(InfrastructureComponent), [ModelNames.ComponentNameKey], "component_name"),
        (typeof(Incident), [nameof(Incident.IncidentId)], "incident_id"),
        (typeof(Escalation), [nameof(Escalation.EscalationId)], "escalation_id"),
        (typeof(Escalation), [nameof(Escalation.IncidentId), nameof(Escalation.EscalationLevel)], "escalation_level"),
        (typeof(Communication), [nameof(Communication.CommunicationId)], "communication_id"),
        (typeof(PostIncidentReview), [nameof(PostIncidentReview.ReviewId)], "review_id"),
        (typeof(ChangeRequest), [nameof(ChangeRequest.ChangeId)], "change_id"),
        (typeof(RollbackRequest), [nameof(RollbackRequest.RollbackId)], "rollback_id"),

        // At most one open rollback per change: the filtered unique index names change_id, as the in-memory store does.
        (typeof(RollbackRequest), [nameof(RollbackRequest.ChangeId)], "change_id"),
    ];

    // Unique indexes whose violation means a lost race, not a duplicate value: a history row's id is made of its
    // incident's id and new version, so a taken one means another update of that incident committed first.
    private static readonly (Type Entity, string[] Properties)[] LostRaces =
    [
        (typeof(IncidentHistoryEntry), [nameof(IncidentHistoryEntry.UpdateId)]),
    ];

    // Every entity the store reads or writes: a model without one of them was not given IncidentCore's model.
    private static readonly Type[] Entities =
    [
        typeof(Client), typeof(User), typeof(Vendor), typeof(Product), typeof(InfrastructureComponent), typeof(Incident),
        typeof(IncidentHistoryEntry), typeof(Escalation), typeof(Communication), typeof(PostIncidentReview), typeof(ChangeRequest), typeof(RollbackRequest),
        typeof(AuditEntry), typeof(AuditOrderLock),
    ];

    private readonly Dictionary<string, string> _byConstraint = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _byColumns = new(StringComparer.Ordinal);
    private readonly HashSet<string> _lostRaceConstraints = new(StringComparer.Ordinal);
    private readonly HashSet<string> _lostRaceColumns = new(StringComparer.Ordinal);

    private UniqueFieldMap()
    {
    }

    /// <summary>Reads the map from a context's model; throws when IncidentCore's model was not applied to it.</summary>
    public static UniqueFieldMap From(IModel model, Type contextType)
    {
        var map = new UniqueFieldMap();
        foreach (var entityClrType in Entities)
        {
            if (model.FindEntityType(entityClrType) is null)
            {
                throw new InvalidOperationException(
                    $"The model of {contextType.Name} has no IncidentCore tables: call modelBuilder.{nameof(IncidentCoreModelBuilderExtensions.ApplyIncidentCoreModel)}() in its OnModelCreating.");
            }
        }

        foreach (var (entity, properties, field) in Fields)
        {
            foreach (var (name, table, columns) in UniqueOn(model, entity, properties))
            {
                map._byConstraint[name] = field;
                map._byColumns[ColumnsKey(table, columns)] = field;
            }
        }

        foreach (var (entity, properties) in LostRaces)
        {
            foreach (var (name, table, columns) in UniqueOn(model, entity, properties))
            {
                map._lostRaceConstraints.Add(name);
                map._lostRaceColumns.Add(ColumnsKey(table, columns));
            }
        }

        return map;
    }

    /// <summary>Finds the record field a unique violation is about.</summary>
    public bool TryGetField(DatabaseError error, [NotNullWhen(true)] out string? field)
    {
        field = null;
        if (error.Kind != DatabaseErrorKind.UniqueViolation)
        {
            return false;
        }

        return error.ConstraintName is { } name
            ? _byConstraint.TryGetValue(name, out field)
            : error.TableName is { } table && _byColumns.TryGetValue(ColumnsKey(table, error.ColumnNames), out field);
    }

    /// <summary>Whether a unique violation means the change lost a race (see <see cref="LostRaces"/>) rather than a taken value.</summary>
    public bool IsLostRace(DatabaseError error) =>
        error.Kind == DatabaseErrorKind.UniqueViolation
        && (error.ConstraintName is { } name
            ? _lostRaceConstraints.Contains(name)
            : error.TableName is { } table && _lostRaceColumns.Contains(ColumnsKey(table, error.ColumnNames)));

    /// <summary>The unique constraints and unique indexes of an entity's tables that are on exactly the given properties, in order.</summary>
    private static IEnumerable<(string Name, string Table, IEnumerable<string> Columns)> UniqueOn(IModel model, Type entity, string[] properties)
    {
        foreach (var mapping in model.FindEntityType(entity)!.GetTableMappings())
        {
            var table = mapping.Table;
            foreach (var constraint in table.UniqueConstraints)
            {
                if (constraint.MappedKeys.Any(k => IsOn(k.Properties, properties)))
                {
                    yield return (constraint.Name, table.Name, constraint.Columns.Select(c => c.Name));
                }
            }

            foreach (var index in table.Indexes)
            {
                if (index.IsUnique && index.MappedIndexes.Any(i => IsOn(i.Properties, properties)))
                {
                    yield return (index.Name, table.Name, index.Columns.Select(c => c.Name));
                }
            }
        }
    }

    private static bool IsOn(IReadOnlyList<IProperty> on, string[] properties) =>
        on.Count == properties.Length && on.Select(p => p.Name).SequenceEqual(properties, StringComparer.Ordinal);

    private static string ColumnsKey(string table, IEnumerable<string> columns) => $"{table}({string.Join(',', columns)})";
}
