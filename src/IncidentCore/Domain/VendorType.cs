namespace IncidentCore.Domain;

/// <summary>The classification of an external service provider.</summary>
public enum VendorType
{
    /// <summary>technology_provider</summary>
    TechnologyProvider = 1,

    /// <summary>infrastructure_provider</summary>
    InfrastructureProvider = 2,

    /// <summary>security_provider</summary>
    SecurityProvider = 3,

    /// <summary>consulting_services</summary>
    ConsultingServices = 4,

    /// <summary>maintenance_services</summary>
    MaintenanceServices = 5,

    /// <summary>cloud_provider</summary>
    CloudProvider = 6,

    /// <summary>payment_processor</summary>
    PaymentProcessor = 7,
}
