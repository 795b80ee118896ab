using IncidentCore.Domain;

namespace IncidentCore.Procedures;

/// <summary>The stable wire names of the halt codes.</summary>
public static class HaltCodes
{
    /// <summary>The table of halt codes and their wire names.</summary>
    public static WireNameTable<HaltCode> Names { get; } = new(
        (HaltCode.ValidationFailed, "validation_failed"),
        (HaltCode.Unauthorized, "unauthorized"),
        (HaltCode.NotFound, "not_found"),
        (HaltCode.Duplicate, "duplicate"),
        (HaltCode.StorageFailure, "storage_failure"),
        (HaltCode.Conflict, "conflict"));

    /// <summary>Returns the wire name of a halt code.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The wire name, for example <c>validation_failed</c>.</returns>
    public static string ToWireName(this HaltCode code) => Names.ToWireName(code);
}
