namespace IncidentCore.Domain.Incidents;

/// <summary>To whom an incident is escalated. Wire names: management, technical, executive, vendor.</summary>
public enum EscalationLevel
{
    /// <summary>management (an incident manager or executive)</summary>
    Management = 1,

    /// <summary>technical (technical support or a system administrator)</summary>
    Technical = 2,

    /// <summary>executive (an executive)</summary>
    Executive = 3,

    /// <summary>vendor (a vendor contact of the vendor supporting the incident's component)</summary>
    Vendor = 4,
}
