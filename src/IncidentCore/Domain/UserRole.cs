namespace IncidentCore.Domain;

/// <summary>The seven roles of the policy. Wire names are the lower snake_case of each member.</summary>
public enum UserRole
{
    /// <summary>system_administrator: manages clients, users, vendors and system settings.</summary>
    SystemAdministrator = 1,

    /// <summary>incident_manager: oversees incidents, escalations and communications.</summary>
    IncidentManager = 2,

    /// <summary>technical_support: investigates incidents and manages technical changes.</summary>
    TechnicalSupport = 3,

    /// <summary>account_manager: maintains the records of the client it is assigned to.</summary>
    AccountManager = 4,

    /// <summary>executive: approves high-level policies and vendor agreements.</summary>
    Executive = 5,

    /// <summary>client_contact: reports incidents for their organisation.</summary>
    ClientContact = 6,

    /// <summary>vendor_contact: reports and updates vendor-related incidents.</summary>
    VendorContact = 7,
}
