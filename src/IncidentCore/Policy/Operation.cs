namespace IncidentCore.Policy;

/// <summary>The operations the policy governs: one per standard operating procedure.</summary>
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
}
