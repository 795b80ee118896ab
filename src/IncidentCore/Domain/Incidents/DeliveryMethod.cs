namespace IncidentCore.Domain.Incidents;

/// <summary>How a communication is delivered. Wire names: email, sms, phone, chat, dashboard_notification.</summary>
public enum DeliveryMethod
{
    /// <summary>email</summary>
    Email = 1,

    /// <summary>sms</summary>
    Sms = 2,

    /// <summary>phone</summary>
    Phone = 3,

    /// <summary>chat</summary>
    Chat = 4,

    /// <summary>dashboard_notification</summary>
    DashboardNotification = 5,
}
