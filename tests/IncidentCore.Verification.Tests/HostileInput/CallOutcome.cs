using IncidentCore.Domain;
using IncidentCore.Domain.Incidents;
using IncidentCore.Procedures;

namespace IncidentCore.Verification.Tests.HostileInput;

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

    public static async Task<CallOutcome> Of(ValueTask<SopResult<Vendor>> call)
    {
        var result = await call;
        return result.Succeeded ? new(null, result.Value.VendorId) : new(result.Halt, null);
    }

    public static async Task<CallOutcome> Of(ValueTask<SopResult<Product>> call)
    {
        var result = await call;
        return result.Succeeded ? new(null, result.Value.ProductId) : new(result.Halt, null);
    }

    public static async Task<CallOutcome> Of(ValueTask<SopResult<InfrastructureComponent>> call)
    {
        var result = await call;
        return result.Succeeded ? new(null, result.Value.ComponentId) : new(result.Halt, null);
    }

    public static async Task<CallOutcome> Of(ValueTask<SopResult<Incident>> call)
    {
        var result = await call;
        return result.Succeeded ? new(null, result.Value.IncidentId) : new(result.Halt, null);
    }

    public static async Task<CallOutcome> Of(ValueTask<SopResult<Escalation>> call)
    {
        var result = await call;
        return result.Succeeded ? new(null, result.Value.EscalationId) : new(result.Halt, null);
    }

    public static async Task<CallOutcome> Of(ValueTask<SopResult<Communication>> call)
    {
        var result = await call;
        return result.Succeeded ? new(null, result.Value.CommunicationId) : new(result.Halt, null);
    }

    public static async Task<CallOutcome> Of(ValueTask<SopResult<PostIncidentReview>> call)
    {
        var result = await call;
        return result.Succeeded ? new(null, result.Value.ReviewId) : new(result.Halt, null);
    }
}
