namespace IncidentCore.Ports;

/// <summary>
/// A unit of work whose lookups by a text key (registration number, email, vendor and product name) compare by the
/// text key rule itself, so they accept any value with that key as well as the key. A procedure then passes the value
/// as given and never makes the key just to look it up. Only the package's own stores say so: a store of a host's
/// always receives keys.
/// </summary>
internal interface IFindsByTextKeyRule;
