using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace IncidentCore.EntityFrameworkCore.Tests;

/// <summary>
/// One host process: the Entity Framework Core sample's build output run with <c>dotnet</c> in its race batch mode on PostgreSQL. It connects,
/// prints <c>ready</c>, waits for <see cref="Start"/>, runs the batch and prints its summary line.
/// </summary>
internal sealed class BatchProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly StringBuilder _errors = new();
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private BatchProcess(Process process) => _process = process;

    public static string SampleAssembly { get; } = Path.Combine(AppContext.BaseDirectory, "IncidentCore.Samples.EntityFrameworkCore.dll");

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public string Errors
    {
        get
        {
            lock (_errors)
            {
                return _errors.ToString();
            }
        }
    }

    public static BatchProcess Launch(string connectionString, int count, string prefix, int workers)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            SampleAssembly, "--provider", "postgresql", "--connection", connectionString, "--batch", "race", "--count", count.ToString(CultureInfo.InvariantCulture), "--prefix", prefix,
            "--workers", workers.ToString(CultureInfo.InvariantCulture), "--start-on", "stdin",
        })
        {
            start.ArgumentList.Add(argument);
        }

        var process = new Process { StartInfo = start };
        var batch = new BatchProcess(process);
        process.OutputDataReceived += (_, e) => batch.OnOutput(e.Data);
        process.ErrorDataReceived += (_, e) =>
        {
            lock (batch._errors)
            {
                batch._errors.AppendLine(e.Data);
            }
        };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return batch;
    }

    /// <summary>Completes when the process is connected and waiting for the start signal.</summary>
    public Task Ready => _ready.Task;

    public void Start() => _process.StandardInput.WriteLine("go");

    /// <summary>Waits for the process to end; returns its exit code.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancellation.Token);
        return _process.ExitCode;
    }

    /// <summary>The numbers of the summary line (<c>race-summary key=value ...</c>).</summary>
    public IReadOnlyDictionary<string, long> Summary()
    {
        var line = Output.Split('\n').Select(l => l.Trim()).LastOrDefault(l => l.StartsWith("race-summary ", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"The process printed no summary line. Output:\n{Output}\nErrors:\n{Errors}");
        var numbers = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var pair in line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1))
        {
            var parts = pair.Split('=', 2);
            if (parts.Length == 2 && long.TryParse(parts[1], CultureInfo.InvariantCulture, out var number))
            {
                numbers[parts[0]] = number;
            }
        }

        return numbers;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    private void OnOutput(string? line)
    {
        lock (_output)
        {
            _output.AppendLine(line);
        }

        if (line == "ready")
        {
            _ready.TrySetResult();
        }
    }
}
