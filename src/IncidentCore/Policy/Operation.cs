using IncidentCore.Domain;

namespace IncidentCore.Policy;

/// <summary>The operations the policy governs: one per standard operating procedure. Each has its wire name just below.</summary>
public enum Operation
{
    /// <summary>client_onboarding: create a client.</summary>
    ClientOnboarding = 1,

    /// <summary>client_update: change a client's details or status.</summary>
    ClientUpdate = 2,

    /// <summary>user_registration: register a user account.</summary>
    UserRegistration = 3,

    /// <summary>user_update: change a user's details, role or status.</summary>
    UserUpdate = 4,

    /// <summary>vendor_registration: register a vendor.</summary>
    VendorRegistration = 5,

    /// <summary>vendor_update: change a vendor's details or status (an extension following the Vendor Management roles).</summary>
    VendorUpdate = 6,

    /// <summary>client_read: read a client record.</summary>
    ClientRead = 7,

    /// <summary>user_read: read a user record (by id or by email).</summary>
    UserRead = 8,

    /// <summary>vendor_read: read a vendor record.</summary>
    VendorRead = 9,

    /// <summary>audit_trail_read: read the audit trail, a page at a time.</summary>
    AuditTrailRead = 10,
}

/// <summary>The operations' wire names, kept beside the operations so that adding one is one edit.</summary>
public static partial class PolicyNames
{
    /// <summary>Operation names (client_onboarding, client_update, user_registration, user_update, vendor_registration, vendor_update, and the reads).</summary>
    public static WireNameTable<Operation> Operation { get; } = new(
        (Policy.Operation.ClientOnboarding, "client_onboarding"),
        (Policy.Operation.ClientUpdate, "client_update"),
        (Policy.Operation.UserRegistration, "user_registration"),
        (Policy.Operation.UserUpdate, "user_update"),
        (Policy.Operation.VendorRegistration, "vendor_registration"),
        (Policy.Operation.VendorUpdate, "vendor_update"),
        (Policy.Operation.ClientRead, "client_read"),
        (Policy.Operation.UserRead, "user_read"),
        (Policy.Operation.VendorRead, "vendor_read"),
        (Policy.Operation.AuditTrailRead, "audit_trail_read"));

    /// <summary>Returns the wire name of an operation.</summary>
    /// <param name="value">The operation.</param>
    /// <returns>The wire name.</returns>
    public static string ToWireName(this Operation value) => Operation.ToWireName(value);
}
