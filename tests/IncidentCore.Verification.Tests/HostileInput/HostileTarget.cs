using IncidentCore.Domain;
using IncidentCore.Procedures;
using IncidentCore.Verification.Tests.Support;

namespace IncidentCore.Verification.Tests.HostileInput;

/// <summary>One input field of one procedure: how to call the procedure with a value in that field (every other input valid), and how to read the stored value back.</summary>
internal sealed record HostileTarget(
    string Procedure,
    string Field,
    FieldKind Kind,
    NullMeans Null,
    string? DefaultValue,
    Func<IncidentCoreHarness, string?, Task<CallOutcome>> Call,
    Func<StoreSnapshot, string, string?> ReadBack)
{
    public override string ToString() => $"{Procedure}.{Field}";
}
