using IncidentCore.Procedures;
using IncidentCore.Verification.Tests.Support;

namespace IncidentCore.Verification.Tests.Model;

/// <summary>A step resolved against the model: the call to make, what it should do, and how the model changes if it succeeds.</summary>
internal sealed record Prediction(
    string Description,
    Func<IncidentCoreHarness, Task<(Halt? Halt, string? RecordId)>> Call,
    Expected Expected,
    Action<string> ApplySuccess);
