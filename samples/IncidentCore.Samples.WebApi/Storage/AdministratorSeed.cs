using IncidentCore.Ports;

namespace IncidentCore.Samples.WebApi.Storage;

/// <summary>
/// Puts the sample's system administrator into a store that outlives the process, unless the store holds user 1
/// already. It runs as the host starts, before the server takes requests.
/// </summary>
internal sealed class AdministratorSeed(IUnitOfWorkFactory store) : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        await using var work = await store.BeginAsync(cancellationToken);
        if (await work.Users.FindByIdAsync(SampleAdministrator.UserId, cancellationToken) is not null)
        {
            return;
        }

        work.Users.Add(SampleAdministrator.Record);
        var commit = await work.CommitAsync(cancellationToken);
        if (!commit.IsCommitted && commit.Status != CommitStatus.Duplicate)
        {
            throw new InvalidOperationException($"The sample's administrator could not be stored: {commit.Status}.");
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
