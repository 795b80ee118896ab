using System.Diagnostics.CodeAnalysis;
using Npgsql;

namespace IncidentCore.Samples.PostgreSql.Storage;

/// <summary>Maps a PostgreSQL unique violation (SQLSTATE 23505) to the record field whose key was taken, by constraint name.</summary>
internal static class UniqueViolations
{
    private static readonly Dictionary<string, string> Fields = new(StringComparer.Ordinal)
    {
        ["clients_pkey"] = "client_id",
        ["ux_clients_registration_number"] = "registration_number",
        ["ux_clients_contact_email"] = "contact_email",
        ["users_pkey"] = "user_id",
        ["ux_users_email"] = "email",
        ["vendors_pkey"] = "vendor_id",
        ["ux_vendors_vendor_name"] = "vendor_name",
        ["ux_vendors_contact_email"] = "contact_email",
        ["ux_vendors_contact_phone"] = "contact_phone",
        ["products_pkey"] = "product_id",
        ["ux_products_product_name"] = "product_name",
        ["infrastructure_components_pkey"] = "component_id",
        ["ux_infrastructure_components_component_name"] = "component_name",
        ["incidents_pkey"] = "incident_id",
        ["incident_updates_pkey"] = "update_id",
        ["escalations_pkey"] = "escalation_id",
        ["ux_escalations_active_level"] = "escalation_level",
        ["communications_pkey"] = "communication_id",
        ["post_incident_reviews_pkey"] = "review_id",
        ["change_requests_pkey"] = "change_id",
        ["rollback_requests_pkey"] = "rollback_id",
        ["ux_rollback_requests_open_change"] = "change_id",
    };

    public static bool TryGetField(PostgresException exception, [NotNullWhen(true)] out string? field)
    {
        field = null;
        return exception.SqlState == PostgresErrorCodes.UniqueViolation
            && exception.ConstraintName is { } constraint
            && Fields.TryGetValue(constraint, out field);
    }
}
