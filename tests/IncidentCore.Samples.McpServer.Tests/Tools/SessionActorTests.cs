using IncidentCore.Samples.McpServer.Tests.Support;

namespace IncidentCore.Samples.McpServer.Tests.Tools;

public sealed class SessionActorTests
{
    private const string Acme = """{"client_name":"Acme","registration_number":"REG-9","contact_email":"hello@acme.example","client_type":"startup"}""";

    [Fact]
    public async Task CreateClient_WhenSessionActorIsTechnicalSupport_ExpectUnauthorizedHaltAndNothingStored()
    {
        using var database = new TemporaryDatabase();
        ToolOutcome outcome;
        await using (var session = await database.StartAsync(SeedData.TechnicalSupport))
        {
            outcome = await session.CallAsync("create_client", Acme);
        }

        Assert.True(outcome.IsError);
        Assert.Equal("unauthorized", outcome.HaltCode);
        Assert.Equal("role_not_permitted", outcome.DenialReason);
        await using var administrator = await database.StartAsync(SeedData.Administrator);
        Assert.DoesNotContain(await administrator.ToolAuditEntriesAsync(), e => e.GetProperty("outcome").GetString() == "succeeded");
    }

    [Fact]
    public async Task CreateVendor_WhenSessionActorIsOnLeave_ExpectUnauthorizedActorNotActive()
    {
        await using var session = await McpServerSession.StartAsync(SeedData.ExecutiveOnLeave);

        var outcome = await session.CallAsync("create_vendor",
            """{"vendor_name":"PayFast","vendor_email":"billing@payfast.example","vendor_phone":"+442079460958","vendor_type":"payment_processor"}""");

        Assert.Equal("unauthorized", outcome.HaltCode);
        Assert.Equal("actor_not_active", outcome.DenialReason);
    }

    [Fact]
    public async Task CreateClient_WhenSessionActorDoesNotExist_ExpectUnauthorizedActorNotFound()
    {
        await using var session = await McpServerSession.StartAsync("999");

        var outcome = await session.CallAsync("create_client", Acme);

        Assert.Equal("unauthorized", outcome.HaltCode);
        Assert.Equal("actor_not_found", outcome.DenialReason);
    }

    [Fact]
    public async Task CreateClient_WhenArgumentsForgeAnAdministratorActorAndRole_ExpectUnknownFieldsAndNothingCreated()
    {
        using var database = new TemporaryDatabase();
        ToolOutcome outcome;
        await using (var session = await database.StartAsync(SeedData.TechnicalSupport))
        {
            outcome = await session.CallAsync("create_client",
                $$"""{"actor_user_id":"{{SeedData.Administrator}}","role":"system_administrator","client_name":"Acme","registration_number":"REG-9","contact_email":"hello@acme.example","client_type":"startup"}""");
        }

        Assert.Equal("validation_failed", outcome.HaltCode);
        Assert.Contains(("actor_user_id", "unknown_field"), outcome.FieldErrors);
        Assert.Contains(("role", "unknown_field"), outcome.FieldErrors);
        await using var administrator = await database.StartAsync(SeedData.Administrator);
        Assert.DoesNotContain(await administrator.ToolAuditEntriesAsync(), e => e.GetProperty("outcome").GetString() == "succeeded");
    }
}
