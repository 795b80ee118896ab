namespace IncidentCore.Samples.McpServer.Tests.Support;

/// <summary>The seed file the test sessions start from, in the wire format a host would export.</summary>
public static class SeedData
{
    public const string Administrator = "1";
    public const string AccountManager = "2";
    public const string TechnicalSupport = "3";
    public const string IncidentManager = "4";
    public const string ExecutiveOnLeave = "5";
    public const string NorthwindContact = "6";
    public const string CloudCoContact = "7";
    public const string Northwind = "100";
    public const string Contoso = "101";
    public const string CloudCo = "200";
    public const string Globex = "201";

    /// <summary>How many records the seed file holds: each is imported with one audit entry by the import actor.</summary>
    public const int RecordCount = 11;

    public const string Json = """
        {
          "clients": [
            { "client_id": "100", "client_name": "Northwind", "registration_number": "REG-NW", "contact_email": "ops@northwind.example", "client_type": "enterprise", "status": "active", "created_at": "2025-01-01T00:00:00Z", "updated_at": "2025-01-01T00:00:00Z" },
            { "client_id": "101", "client_name": "Contoso", "registration_number": "REG-CT", "contact_email": "contact@contoso", "client_type": "startup", "country": "Czech Republic", "industry": "Retail" }
          ],
          "users": [
            { "user_id": "1", "name": "Ada Administrator", "email": "ada@example.com", "role": "system_administrator", "department": "IT" },
            { "user_id": "2", "name": "Maria Account", "email": "maria@example.com", "role": "account_manager", "client_id": "100", "timezone": "CET" },
            { "user_id": "3", "name": "Sam Support", "email": "sam@example.com", "role": "technical_support" },
            { "user_id": "4", "name": "Ivan Incident", "email": "ivan@example.com", "role": "incident_manager", "timezone": "America/New_York" },
            { "user_id": "5", "name": "Eve Executive", "email": "eve@example.com", "role": "executive", "status": "on_leave" },
            { "user_id": "6", "name": "Nora Northwind", "email": "nora@northwind.example", "role": "client_contact", "client_id": "100" },
            { "user_id": "7", "name": "Carlos Cloud", "email": "carlos@cloudco.example", "role": "vendor_contact", "vendor_id": "200" }
          ],
          "vendors": [
            { "vendor_id": "200", "vendor_name": "CloudCo", "vendor_type": "cloud_provider", "contact_email": "support@cloudco.example", "contact_phone": "+17136387543" },
            { "vendor_id": "201", "vendor_name": "Globex", "vendor_type": "consulting_services", "contact_email": "hello@globex.example", "contact_phone": "+15125550100" }
          ]
        }
        """;
}
