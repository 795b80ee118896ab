namespace IncidentCore.Verification.Tests.HostileInput;

/// <summary>What kind of value an input field takes, which decides which hostile values it must refuse.</summary>
internal enum FieldKind
{
    /// <summary>Free text (names, industry, country, department): refuses empty, over-long, control, line-break and invisible characters; accepts any other text verbatim.</summary>
    FreeText,

    /// <summary>Free text of at most 64 characters (registration_number).</summary>
    ShortText,

    Email,
    Phone,
    TimeZone,
    Id,
    ClientType,
    ClientStatus,
    UserRole,
    UserStatus,
    VendorType,
    VendorStatus,
    ProductStatus,
    ComponentEnvironment,
    OperationalStatus,
    Severity,
    IncidentLevel,
    IncidentStatus,
    EscalationLevel,
    RecipientType,
    CommunicationType,
    DeliveryMethod,
    DeliveryStatus,
    ReviewRating,

    /// <summary>A UTC instant (detection_timestamp, scheduled_date).</summary>
    Timestamp,

    /// <summary>A port number, 1–65535.</summary>
    PortNumber,
}
