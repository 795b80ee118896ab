namespace IncidentCore.Domain.Incidents;

/// <summary>An incident's severity, P1 the most severe. Wire names: P1, P2, P3, P4.</summary>
public enum Severity
{
    /// <summary>P1</summary>
    P1 = 1,

    /// <summary>P2</summary>
    P2 = 2,

    /// <summary>P3</summary>
    P3 = 3,

    /// <summary>P4</summary>
    P4 = 4,
}
