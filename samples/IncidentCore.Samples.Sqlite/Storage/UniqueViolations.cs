using System.Diagnostics.CodeAnalysis;
using Microsoft.Data.Sqlite;

namespace IncidentCore.Samples.Sqlite.Storage;

/// <summary>
/// Maps a SQLite unique-constraint failure to the record field whose key was taken. SQLite names the failing
/// columns in the message ("UNIQUE constraint failed: clients.contact_email_key").
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
