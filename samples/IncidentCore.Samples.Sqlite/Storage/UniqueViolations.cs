using System.Diagnostics.CodeAnalysis;
using Microsoft.Data.Sqlite;

namespace IncidentCore.Samples.Sqlite.Storage;

/// <summary>
/// Maps a SQLite unique-constraint failure to the record field whose key was taken. SQLite names the failing
/// columns in the message ("UNIQUE constraint failed: clients.contact_email_key"); for an index on two columns it
/// names both, and the field is the last ("escalations.incident_id, escalations.escalation_level": one active
/// escalation per incident and level). A second open rollback of a change is named "rollback_requests.change_id".
/// </summary>
internal static class UniqueViolations
{
    private const int SqliteConstraint = 19;
    private const int SqliteConstraintPrimaryKey = 1555;
    private const int SqliteConstraintUnique = 2067;

    private static readonly (string Column, string Field)[] Fields =
    [
        ("clients.client_id", "client_id"),
        ("clients.registration_number_key", "registration_number"),
        ("clients.contact_email_key", "contact_email"),
        ("users.user_id", "user_id"),
        ("users.email_key", "email"),
        ("vendors.vendor_id", "vendor_id"),
        ("vendors.vendor_name_key", "vendor_name"),
        ("vendors.contact_email_key", "contact_email"),
        ("vendors.contact_phone_key", "contact_phone"),
        ("products.product_id", "product_id"),
        ("products.product_name_key", "product_name"),
        ("infrastructure_components.component_id", "component_id"),
        ("infrastructure_components.component_name_key", "component_name"),
        ("incidents.incident_id", "incident_id"),
        ("incident_updates.update_id", "update_id"),
        ("escalations.escalation_id", "escalation_id"),
        ("escalations.escalation_level", "escalation_level"),
        ("communications.communication_id", "communication_id"),
        ("post_incident_reviews.review_id", "review_id"),
        ("change_requests.change_id", "change_id"),
        ("rollback_requests.rollback_id", "rollback_id"),
        ("rollback_requests.change_id", "change_id"),
    ];

    public static bool TryGetField(SqliteException exception, [NotNullWhen(true)] out string? field)
    {
        field = null;
        if (exception.SqliteErrorCode != SqliteConstraint
            || exception.SqliteExtendedErrorCode is not (SqliteConstraintUnique or SqliteConstraintPrimaryKey))
        {
            return false;
        }

        foreach (var (column, name) in Fields)
        {
            if (exception.Message.Contains(column + "'", StringComparison.Ordinal)
                || exception.Message.EndsWith(column, StringComparison.Ordinal))
            {
                field = name;
                return true;
            }
        }

        return false;
    }
}
