using IncidentCore.Domain.Normalization;

namespace IncidentCore.Samples.Sqlite.Storage;

/// <summary>Every key column of the schema, the stored value it is computed from, and the function that computes it.</summary>
internal static class UniqueKeyColumns
{
    public static IReadOnlyList<Table> Tables { get; } =
    [
        new("clients", "client_id",
        [
            new("registration_number_key", "registration_number", UniqueKeys.RegistrationNumber),
            new("contact_email_key", "contact_email", UniqueKeys.Email),
        ]),
        new("vendors", "vendor_id",
        [
            new("vendor_name_key", "vendor_name", UniqueKeys.VendorName),
            new("contact_email_key", "contact_email", UniqueKeys.Email),
            new("contact_phone_key", "contact_phone", UniqueKeys.Phone),
        ]),
        new("users", "user_id",
        [
            new("email_key", "email", UniqueKeys.Email),
        ]),
        new("products", "product_id",
        [
            new("product_name_key", "product_name", UniqueKeys.ProductName),
        ]),
        new("infrastructure_components", "component_id",
        [
            new("component_name_key", "component_name", "product_id", UniqueKeys.ComponentName),
        ]),
    ];

    /// <summary>A table with unique keys.</summary>
    public sealed record Table(string Name, string IdColumn, IReadOnlyList<Key> Keys);

    /// <summary>
    /// A key column, the column holding the value as stored, the column of the record the key is unique within (a
    /// component's product; <see langword="null"/> when the key is unique in the whole table), and the key function
    /// of that record's id (or <see langword="null"/>) and the value.
    /// </summary>
    public sealed record Key(string Column, string ValueColumn, string? ScopeColumn, Func<string?, string, string> Compute)
    {
        /// <summary>A key unique in the whole table, computed from the value alone.</summary>
        public Key(string column, string valueColumn, Func<string, string> compute)
            : this(column, valueColumn, null, (_, value) => compute(value))
        {
        }
    }
}
