using IncidentCore.Procedures;
using IncidentCore.Procedures.Import;
using IncidentCore.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentCore.Tests.Adapters;

/// <summary>New in-memory ids never collide with ids that records were imported with.</summary>
public sealed class InMemoryIdTests
{
    [Fact]
    public async Task Register_AfterImportingUsersWithNumericIds_GetsAnIdNotTaken()
    {
        await using var host = TestHost.Create();
        var batch = new RegistryImportBatch();
        batch.Users.Add(new("1", Requests.NewUser("1")));
        batch.Users.Add(new("2", Requests.NewUser("2")));
        Assert.True((await host.Provider.GetRequiredService<RegistryImport>().ImportAsync(batch)).Succeeded);

        var id = ResultAssert.Succeeded(await host.UserRegistration.RegisterAsync(Seed.Admin, Requests.NewUser("3")));

        Assert.NotEqual("1", id);
        Assert.NotEqual("2", id);
        Assert.NotNull(await host.UserAsync(id));
    }
}
