using IncidentCore.Samples.McpServer.Tests.Support;

namespace IncidentCore.Samples.McpServer.Tests.Tools;

public sealed class UserToolsTests
{
    [Fact]
    public async Task RegisterUser_WhenIncidentManagerRegistersLinkedUser_ExpectIdAndRecord()
    {
        await using var session = await McpServerSession.StartAsync(SeedData.IncidentManager);

        var created = await session.CallAsync("register_user",
            $$"""{"name":"Carl Contact","email":"carl@northwind.example","role":"client_contact","client_id":"{{SeedData.Northwind}}","timezone":"EST"}""");

        Assert.False(created.IsError, created.Body.GetRawText());
        var user = await session.CallAsync("find_user", $$"""{"user_id":"{{created.Text("user_id")}}"}""");
        Assert.Equal("client_contact", user.Text("role"));
        Assert.Equal(SeedData.Northwind, user.Text("client_id"));
        Assert.Equal("EST", user.Text("timezone"));
    }

    [Fact]
    public async Task RegisterUser_WhenLinkedClientDoesNotExist_ExpectNotFoundHaltAndNoUser()
    {
        await using var session = await McpServerSession.StartAsync(SeedData.Administrator);

        var outcome = await session.CallAsync("register_user", """{"name":"Nobody","email":"nobody@example.com","role":"client_contact","client_id":"999"}""");

        Assert.Equal("not_found", outcome.HaltCode);
        Assert.Contains(("client_id", "not_found"), outcome.FieldErrors);
        Assert.Equal("not_found", (await session.CallAsync("find_user", """{"email":"nobody@example.com"}""")).HaltCode);
    }

    [Fact]
    public async Task UpdateUser_WhenAdministratorChangesRole_ExpectUpdatedRecordAndAuditedRoleChange()
    {
        await using var session = await McpServerSession.StartAsync(SeedData.Administrator);

        var updated = await session.CallAsync("update_user", $$$"""{"user_id":"{{{SeedData.TechnicalSupport}}}","change_set":{"role":"incident_manager"}}""");
        var audit = await session.ToolAuditEntriesAsync();

        Assert.False(updated.IsError);
        Assert.Equal("incident_manager", updated.Text("role"));
        var entry = Assert.Single(audit);
        Assert.Equal("update", entry.GetProperty("action").GetString());
        Assert.Equal(SeedData.TechnicalSupport, entry.GetProperty("entity_id").GetString());
        Assert.Equal(SeedData.Administrator, entry.GetProperty("actor_user_id").GetString());
    }

    [Fact]
    public async Task UpdateUser_WhenRoleIsNotInEnumeration_ExpectValidationHaltNamingRole()
    {
        await using var session = await McpServerSession.StartAsync(SeedData.IncidentManager);

        var outcome = await session.CallAsync("update_user", $$$"""{"user_id":"{{{SeedData.TechnicalSupport}}}","change_set":{"role":"root"}}""");

        Assert.Equal("validation_failed", outcome.HaltCode);
        Assert.Contains(outcome.FieldErrors, e => e.Field == "role");
    }
}
