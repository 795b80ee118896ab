namespace IncidentCore.Verification.Tests.Model;

/// <summary>One entry of a change set: a value, or for client_id and vendor_id a link pick.</summary>
internal sealed record Change(string Field, Sample? Value, int LinkPick = 0)
{
    public override string ToString() => Value is null ? $"{Field}=link#{LinkPick}" : $"{Field}={Value}";
}
