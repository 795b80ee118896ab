namespace IncidentCore.Domain;

/// <summary>The kind of organisation a client is. Wire names: enterprise, mid_market, small_business, startup.</summary>
public enum ClientType
{
    /// <summary>enterprise</summary>
    Enterprise = 1,

    /// <summary>mid_market</summary>
    MidMarket = 2,

    /// <summary>small_business</summary>
    SmallBusiness = 3,

    /// <summary>startup</summary>
    Startup = 4,
}
