using IncidentCore.Verification.Tests.Support;

namespace IncidentCore.Verification.Tests.HostileInput;

/// <summary>
/// One input field of one incident procedure: the records the call needs (made first, by an incident manager), the
/// call with a value in that field (every other input valid), and how to read the stored value back.
/// </summary>
internal sealed record IncidentHostileTarget(
    string Procedure,
    string Field,
    FieldKind Kind,
    NullMeans Null,
    string? DefaultValue,
    Func<IncidentCoreHarness, Task> Prepare,
    Func<IncidentCoreHarness, string?, Task<CallOutcome>> Call,
    Func<IncidentRecords, string, string?> ReadBack)
{
    public override string ToString() => $"{Procedure}.{Field}";
}
