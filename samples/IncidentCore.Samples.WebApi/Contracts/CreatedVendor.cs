namespace IncidentCore.Samples.WebApi.Contracts;

/// <summary>The id of a vendor just registered.</summary>
internal sealed record CreatedVendor(string VendorId);
