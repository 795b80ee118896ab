namespace IncidentCore.Domain.Incidents;

/// <summary>Where an infrastructure component runs. Wire names: production, staging, development, testing.</summary>
public enum ComponentEnvironment
{
    /// <summary>production</summary>
    Production = 1,

    /// <summary>staging</summary>
    Staging = 2,

    /// <summary>development</summary>
    Development = 3,

    /// <summary>testing</summary>
    Testing = 4,
}
