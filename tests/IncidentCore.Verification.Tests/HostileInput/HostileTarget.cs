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

/// <summary>How a call ended: a halt, or success with the id of the record created or updated.</summary>
internal sealed record CallOutcome(Halt? Halt, string? RecordId)
{
    public static async Task<CallOutcome> Of(ValueTask<SopResult<string>> call)
    {
        var result = await call;
        return result.Succeeded ? new(null, result.Value) : new(result.Halt, null);
    }

    public static async Task<CallOutcome> Of(ValueTask<SopResult<Client>> call)
    {
        var result = await call;
        return result.Succeeded ? new(null, result.Value.ClientId) : new(result.Halt, null);
    }

    public static async Task<CallOutcome> Of(ValueTask<SopResult<User>> call)
    {
        var result = await call;
        return result.Succeeded ? new(null, result.Value.UserId) : new(result.Halt, null);
    }
}
