using System.Text.Json.Nodes;

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
    public const string Executive = "8";
    public const string GlobexContact = "9";
    public const string PaymentsApi = "p-pay";
    public const string LedgerSuite = "p-ledger";
    public const string PaymentsDatabase = "c-pay-db";
    public const string LedgerQueue = "c-ledger-mq";
    public const string NorthwindIncident = "inc-nw";
    public const string ContosoIncident = "inc-ct";

    /// <summary>The user the seed file names to create its products and components and report its incidents.</summary>
    public const string SeedActor = TechnicalSupport;

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

    /// <summary>
    /// The registry records of <see cref="Json"/> plus an active executive and a Globex vendor contact, and products,
    /// components and incidents created by <see cref="SeedActor"/>: Northwind's incident is on CloudCo's payments
    /// database, Contoso's on Globex's ledger queue.
    /// </summary>
    public static string IncidentJson { get; } = WithIncidentRecords();

    private static string WithIncidentRecords()
    {
        var seed = JsonNode.Parse(Json)!.AsObject();
        var extra = JsonNode.Parse(IncidentRecords)!.AsObject();
        foreach (var user in extra["users"]!.AsArray().ToList())
        {
            extra["users"]!.AsArray().Remove(user);
            seed["users"]!.AsArray().Add(user);
        }

        foreach (var name in new[] { "seed_actor_user_id", "products", "components", "incidents" })
        {
            var value = extra[name]!;
            extra.Remove(name);
            seed[name] = value;
        }

        return seed.ToJsonString();
    }

    private const string IncidentRecords = """
        {
          "users": [
            { "user_id": "8", "name": "Omar Executive", "email": "omar@example.com", "role": "executive" },
            { "user_id": "9", "name": "Gina Globex", "email": "gina@globex.example", "role": "vendor_contact", "vendor_id": "201" }
          ],
          "seed_actor_user_id": "3",
          "products": [
            { "product_id": "p-pay", "product_name": "Payments API", "product_type": "api", "version": "2.1", "support_vendor_id": "200" },
            { "product_id": "p-ledger", "product_name": "Ledger Suite", "product_type": "application", "support_vendor_id": "201" }
          ],
          "components": [
            { "component_id": "c-pay-db", "component_name": "payments-db", "component_type": "database", "environment": "production", "product_id": "p-pay", "port_number": 5432 },
            { "component_id": "c-ledger-mq", "component_name": "ledger-queue", "component_type": "message_queue", "environment": "production", "product_id": "p-ledger" }
          ],
          "incidents": [
            { "incident_id": "inc-nw", "title": "Checkout latency", "category": "performance", "severity": "P3", "impact_level": "medium", "urgency_level": "medium", "client_id": "100", "component_id": "c-pay-db", "detection_timestamp": "2025-09-25T08:00:00Z" },
            { "incident_id": "inc-ct", "title": "Ledger postings delayed", "category": "integration", "classification_flags": { "p2_high_priority_sla_at_risk": true }, "impact_level": "high", "urgency_level": "high", "client_id": "101", "component_id": "c-ledger-mq", "detection_timestamp": "2025-09-25T09:00:00Z", "assigned_to_user_id": "4" }
          ]
        }
        """;
}
