using System.Net;
using System.Text.Json;

namespace IncidentCore.Samples.WebApi.Tests.Support;

/// <summary>
/// Brings change and rollback requests into the state a test starts from, through the API. A standard change at low
/// risk is pre-approved when requested; technical support starts, completes or fails changes and runs rollbacks; an
/// incident manager who requests a rollback approves it by requesting it.
/// </summary>
public static class ApprovalSteps
{
    public static string ChangeBody(string changeType, string riskLevel, string? incidentId = null) => incidentId is null
        ? $$"""{"title":"Raise the checkout timeout","change_type":"{{changeType}}","risk_level":"{{riskLevel}}"}"""
        : $$"""{"title":"Raise the checkout timeout","change_type":"{{changeType}}","risk_level":"{{riskLevel}}","incident_id":"{{incidentId}}"}""";

    public static string RollbackBody(string changeId) => $$"""{"change_id":"{{changeId}}"}""";

    /// <summary>Requests a change as <paramref name="requester"/>; returns its id.</summary>
    public static async Task<string> RequestChangeAsync(WebApiFactory factory, string requester, string changeType, string riskLevel, string? incidentId = null)
    {
        using var client = factory.ClientFor(requester);
        return await CreatedIdAsync(await client.PostJsonAsync("/changes", ChangeBody(changeType, riskLevel, incidentId)), "change_id");
    }

    /// <summary>A change technical support requested that waits for an executive (high risk).</summary>
    public static Task<string> RequestedHighRiskChangeAsync(WebApiFactory factory) =>
        RequestChangeAsync(factory, WebApiFactory.TechnicalSupport, "normal", "high");

    /// <summary>A standard change at low risk: approved as it is requested.</summary>
    public static Task<string> ApprovedChangeAsync(WebApiFactory factory) =>
        RequestChangeAsync(factory, WebApiFactory.TechnicalSupport, "standard", "low");

    /// <summary>An approved change technical support has started.</summary>
    public static async Task<string> RunningChangeAsync(WebApiFactory factory)
    {
        var changeId = await ApprovedChangeAsync(factory);
        await SucceedAsync(factory, WebApiFactory.TechnicalSupport, $"/changes/{changeId}/start");
        return changeId;
    }

    /// <summary>A change that started and failed.</summary>
    public static async Task<string> FailedChangeAsync(WebApiFactory factory)
    {
        var changeId = await RunningChangeAsync(factory);
        await SucceedAsync(factory, WebApiFactory.TechnicalSupport, $"/changes/{changeId}/fail");
        return changeId;
    }

    /// <summary>Requests the rollback of a change as <paramref name="requester"/>; returns its id.</summary>
    public static async Task<string> RequestRollbackAsync(WebApiFactory factory, string requester, string changeId)
    {
        using var client = factory.ClientFor(requester);
        return await CreatedIdAsync(await client.PostJsonAsync("/rollbacks", RollbackBody(changeId)), "rollback_id");
    }

    /// <summary>A rollback of a failed change that technical support requested and that waits for an approver.</summary>
    public static async Task<string> RequestedRollbackAsync(WebApiFactory factory) =>
        await RequestRollbackAsync(factory, WebApiFactory.TechnicalSupport, await FailedChangeAsync(factory));

    /// <summary>A rollback of a failed change, approved as the incident manager requested it.</summary>
    public static async Task<(string RollbackId, string ChangeId)> ApprovedRollbackAsync(WebApiFactory factory)
    {
        var changeId = await FailedChangeAsync(factory);
        return (await RequestRollbackAsync(factory, WebApiFactory.IncidentManager, changeId), changeId);
    }

    /// <summary>An approved rollback technical support has started.</summary>
    public static async Task<(string RollbackId, string ChangeId)> RunningRollbackAsync(WebApiFactory factory)
    {
        var (rollbackId, changeId) = await ApprovedRollbackAsync(factory);
        await SucceedAsync(factory, WebApiFactory.TechnicalSupport, $"/rollbacks/{rollbackId}/start");
        return (rollbackId, changeId);
    }

    /// <summary>Posts without a body as <paramref name="actor"/> and expects 200.</summary>
    public static async Task SucceedAsync(WebApiFactory factory, string actor, string path)
    {
        using var client = factory.ClientFor(actor);
        var response = await client.PostAsync(path, null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>Reads a change or rollback as the seeded executive.</summary>
    public static async Task<JsonElement> ReadAsync(WebApiFactory factory, string path)
    {
        using var executive = factory.ClientFor(WebApiFactory.Executive);
        var response = await executive.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadJsonAsync();
    }

    private static async Task<string> CreatedIdAsync(HttpResponseMessage response, string idField)
    {
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.ReadJsonAsync()).GetProperty(idField).GetString()!;
    }
}
