using System.Collections.Concurrent;
using System.Data.Common;
using System.Text.RegularExpressions;
using IncidentCore.Procedures;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace IncidentCore.EntityFrameworkCore.Tests;

/// <summary>
/// What a successful commit sends on SQLite: the actor guard as a read inside the transaction (no write to the
/// actor's row) and no savepoint around the save; and a pooled context goes back to the host with EF Core's defaults.
/// </summary>
public sealed class SqliteSaveTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    [Fact]
    public async Task Onboarding_SendsNoSavepointAndNoWriteToTheActor_AndLeavesThePooledContextsSettingAsItWas()
    {
        var connectionString = SqliteDatabase.Create(_folder);
        var commands = new CommandRecorder();
        var savepoints = new SavepointRecorder();
        await using var host = await ParticipationHost.StartAsync(
            builder =>
            {
                builder.Services.AddDbContextPool<HostDbContext>(options => options.UseSqlite(connectionString).AddInterceptors(commands, savepoints), poolSize: 1);
                return builder.AddEntityFrameworkStores<HostDbContext>().UseSqliteErrorClassifier();
            },
            withParticipant: false);
        commands.Clear();
        savepoints.Created = 0;

        var result = await host.Get<ClientOnboarding>().OnboardAsync(ParticipationHost.AdministratorId, new ClientOnboardingRequest
        {
            ClientName = "Save Test Ltd",
            RegistrationNumber = "SAVE-1",
            ContactEmail = "contact@save-test.example",
            ClientType = "enterprise",
        });

        Assert.True(result.Succeeded, result.Halt?.ToString());
        var sent = commands.Texts;
        Assert.Contains(sent, text => text.Contains("INSERT INTO", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(0, savepoints.Created);
        Assert.DoesNotContain(sent, text => Regex.IsMatch(text, @"(^|;)\s*UPDATE\s", RegexOptions.IgnoreCase | RegexOptions.Multiline));

        // The pool holds one context, so this scope is lent the one the commit used.
        await using var scope = host.Provider.CreateAsyncScope();
        Assert.True(scope.ServiceProvider.GetRequiredService<HostDbContext>().Database.AutoSavepointsEnabled);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    private sealed class SavepointRecorder : DbTransactionInterceptor
    {
        public int Created { get; set; }

        public override ValueTask<InterceptionResult> CreatingSavepointAsync(
            DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
        {
            Created++;
            return base.CreatingSavepointAsync(transaction, eventData, result, cancellationToken);
        }
    }

    private sealed class CommandRecorder : DbCommandInterceptor
    {
        private readonly ConcurrentQueue<string> _texts = new();

        public IReadOnlyList<string> Texts => [.. _texts];

        public void Clear() => _texts.Clear();

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            _texts.Enqueue(command.CommandText);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            _texts.Enqueue(command.CommandText);
            return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            _texts.Enqueue(command.CommandText);
            return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
