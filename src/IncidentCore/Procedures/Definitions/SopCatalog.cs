using IncidentCore.Policy;

namespace IncidentCore.Procedures.Definitions;

/// <summary>
/// Every SOP the library runs, as data a host can read: its operation, kind and inputs with their rules. Hosts build
/// request schemas (JSON, tool calls, forms) from these, so a new SOP reaches them without hand-written tables.
/// </summary>
public static class SopCatalog
{
    /// <summary>Client onboarding.</summary>
    public static SopDefinition ClientOnboarding => Procedures.ClientOnboarding.Sop.Definition;

    /// <summary>Client update (the fields a change set may set).</summary>
    public static SopDefinition ClientUpdate => Procedures.ClientUpdate.Sop.Definition;

    /// <summary>User registration.</summary>
    public static SopDefinition UserRegistration => Procedures.UserRegistration.Sop.Definition;

    /// <summary>User update (the fields a change set may set).</summary>
    public static SopDefinition UserUpdate => Procedures.UserUpdate.Sop.Definition;

    /// <summary>Vendor registration.</summary>
    public static SopDefinition VendorRegistration => Procedures.VendorRegistration.Sop.Definition;

    /// <summary>Vendor update (the fields a change set may set).</summary>
    public static SopDefinition VendorUpdate => Procedures.VendorUpdate.Sop.Definition;

    /// <summary>Client read.</summary>
    public static SopDefinition ClientRead => Procedures.ClientRead.Sop.Definition;

    /// <summary>User read.</summary>
    public static SopDefinition UserRead => Procedures.UserRead.Sop.Definition;

    /// <summary>Vendor read.</summary>
    public static SopDefinition VendorRead => Procedures.VendorRead.Sop.Definition;

    /// <summary>Every SOP, in the order above.</summary>
    public static IReadOnlyList<SopDefinition> All =>
        [ClientOnboarding, ClientUpdate, UserRegistration, UserUpdate, VendorRegistration, VendorUpdate, ClientRead, UserRead, VendorRead];

    /// <summary>The SOP of an operation.</summary>
    /// <param name="operation">The operation.</param>
    /// <returns>Its definition.</returns>
    /// <exception cref="ArgumentOutOfRangeException">No SOP runs this operation.</exception>
    public static SopDefinition For(Operation operation)
    {
        foreach (var sop in All)
        {
            if (sop.Operation == operation)
            {
                return sop;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(operation), operation, "No SOP runs this operation.");
    }
}
