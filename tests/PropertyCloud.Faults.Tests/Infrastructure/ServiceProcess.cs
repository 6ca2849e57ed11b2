using System.Diagnostics;

namespace PropertyCloud.Faults.Tests.Infrastructure;

/// <summary>
/// A service run as its own OS process (<c>dotnet &lt;Api dll&gt;</c> from this test's output, configured through
/// environment variables), so a test can kill it with SIGKILL mid-work as a crashing pod would be.
/// </summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly TaskCompletionSource _busStarted = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ServiceProcess(string assemblyName, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, assemblyName + ".dll")])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["Logging__Console__FormatterName"] = "simple";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__MassTransit"] = "Information"; // "Bus started" tells when it consumes
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, line) =>
        {
            if (line.Data?.Contains("Bus started", StringComparison.Ordinal) == true)
            {
                _busStarted.TrySetResult();
            }
        };
        _process.ErrorDataReceived += (_, _) => { };
        _process.Exited += (_, _) => _busStarted.TrySetException(new InvalidOperationException($"{assemblyName} exited at start-up."));
        _process.EnableRaisingEvents = true;
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public int Id => _process.Id;

    /// <summary>Starts the service and waits until its bus is connected and its queues are bound.</summary>
    public static async Task<ServiceProcess> StartAsync(string assemblyName, IReadOnlyDictionary<string, string> environment)
    {
        var service = new ServiceProcess(assemblyName, environment);
        await service._busStarted.Task.WaitAsync(TimeSpan.FromSeconds(60));
        return service;
    }

    /// <summary>SIGKILL: no shutdown, no acknowledgement, open transactions die with the connection.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await KillAsync();
        }
        _process.Dispose();
    }
}
