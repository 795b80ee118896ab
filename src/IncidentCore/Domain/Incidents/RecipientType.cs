namespace IncidentCore.Domain.Incidents;

/// <summary>A group a communication goes to. Wire names: client_contacts, executive_team, technical_team, all_stakeholders.</summary>
public enum RecipientType
{
    /// <summary>client_contacts</summary>
    ClientContacts = 1,

    /// <summary>executive_team</summary>
    ExecutiveTeam = 2,

    /// <summary>technical_team</summary>
    TechnicalTeam = 3,

    /// <summary>all_stakeholders</summary>
    AllStakeholders = 4,
}
