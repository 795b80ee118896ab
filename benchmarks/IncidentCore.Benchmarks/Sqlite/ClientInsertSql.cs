namespace IncidentCore.Benchmarks.Sqlite;

/// <summary>The client insert both hand-written baselines run, on the SQLite sample's schema.</summary>
internal static class ClientInsertSql
{
    public const string InsertClient = """
        INSERT INTO clients (client_id, client_name, registration_number, registration_number_key, contact_email, contact_email_key,
                             client_type, industry, country, status, created_at, updated_at, version)
        VALUES (@client_id, @client_name, @registration_number, @registration_number_key, @contact_email, @contact_email_key,
                @client_type, @industry, @country, @status, @created_at, @updated_at, 1)
        """;
}
