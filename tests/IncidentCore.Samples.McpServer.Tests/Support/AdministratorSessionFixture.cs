namespace IncidentCore.Samples.McpServer.Tests.Support;

/// <summary>One administrator session on a store holding incidents, shared by tests that only read (the tool list), to start fewer servers.</summary>
public sealed class AdministratorSessionFixture : IAsyncLifetime
{
    private McpServerSession? _session;

    public McpServerSession Session => _session ?? throw new InvalidOperationException("The session has not started.");

    public async Task InitializeAsync() => _session = await McpServerSession.StartWithIncidentsAsync(SeedData.Administrator);

    public async Task DisposeAsync()
    {
        if (_session is not null)
        {
            await _session.DisposeAsync();
        }
    }
}
