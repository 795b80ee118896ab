namespace IncidentCore.Domain.Approvals;

/// <summary>What kind of change a change request asks for. Wire names: standard, normal, upgrade, emergency.</summary>
public enum ChangeType
{
    /// <summary>standard: a routine change; pre-approved at low or medium risk.</summary>
    Standard = 1,

    /// <summary>normal: needs an incident manager or an executive at low or medium risk.</summary>
    Normal = 2,

    /// <summary>upgrade: a major change; needs an executive.</summary>
    Upgrade = 3,

    /// <summary>emergency: a major change; needs an executive.</summary>
    Emergency = 4,
}
