using System.Diagnostics.CodeAnalysis;
using IncidentCore.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace IncidentCore.EntityFrameworkCore;

/// <summary>
/// Which record field each unique index and primary key of the model keeps unique, found from the context's own
/// model (so it holds whatever schema, prefix or index names the host chose): by constraint name, and by table and
/// columns for databases that name only those.
/// </summary>
internal sealed class UniqueFieldMap
{
    // The property each unique index or key is on, and the record field (wire name) it keeps unique.
    private static readonly (Type Entity, string Property, string Field)[] Fields =
    [
        (typeof(Client), nameof(Client.ClientId), "client_id"),
        (typeof(Client), ModelNames.RegistrationNumberKey, "registration_number"),
        (typeof(Client), ModelNames.ContactEmailKey, "contact_email"),
        (typeof(User), nameof(User.UserId), "user_id"),
        (typeof(User), ModelNames.EmailKey, "email"),
        (typeof(Vendor), nameof(Vendor.VendorId), "vendor_id"),
        (typeof(Vendor), ModelNames.VendorNameKey, "vendor_name"),
        (typeof(Vendor), ModelNames.ContactEmailKey, "contact_email"),
        (typeof(Vendor), ModelNames.ContactPhoneKey, "contact_phone"),
    ];

    private readonly Dictionary<string, string> _byConstraint = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _byColumns = new(StringComparer.Ordinal);

    private UniqueFieldMap()
    {
    }

    /// <summary>Reads the map from a context's model; throws when IncidentCore's model was not applied to it.</summary>
    public static UniqueFieldMap From(IModel model, Type contextType)
    {
        var map = new UniqueFieldMap();
        foreach (var entityClrType in new[] { typeof(Client), typeof(User), typeof(Vendor), typeof(AuditEntry), typeof(AuditOrderLock) })
        {
            if (model.FindEntityType(entityClrType) is null)
            {
                throw new InvalidOperationException(
                    $"The model of {contextType.Name} has no IncidentCore tables: call modelBuilder.{nameof(IncidentCoreModelBuilderExtensions.ApplyIncidentCoreModel)}() in its OnModelCreating.");
            }
        }

        foreach (var (entity, property, field) in Fields)
        {
            var entityType = model.FindEntityType(entity)!;
            foreach (var mapping in entityType.GetTableMappings())
            {
                var table = mapping.Table;
                foreach (var constraint in table.UniqueConstraints)
                {
                    if (constraint.MappedKeys.Any(k => IsOn(k.Properties, property)))
                    {
                        map.Add(constraint.Name, table.Name, constraint.Columns.Select(c => c.Name), field);
                    }
                }

                foreach (var index in table.Indexes)
                {
                    if (index.IsUnique && index.MappedIndexes.Any(i => IsOn(i.Properties, property)))
                    {
                        map.Add(index.Name, table.Name, index.Columns.Select(c => c.Name), field);
                    }
                }
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

    private static bool IsOn(IReadOnlyList<IProperty> properties, string property) =>
        properties.Count == 1 && properties[0].Name == property;

    private static string ColumnsKey(string table, IEnumerable<string> columns) => $"{table}({string.Join(',', columns)})";

    private void Add(string constraint, string table, IEnumerable<string> columns, string field)
    {
        _byConstraint[constraint] = field;
        _byColumns[ColumnsKey(table, columns)] = field;
    }
}
