using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace PropertyCloud.Faults.Tests.Infrastructure;

/// <summary>Runs the command-line tools that start, stop and inspect the private infrastructure.</summary>
public static class OsProcess
{
    public static bool IsRoot => Environment.UserName == "root";

    /// <summary>Runs <paramref name="command"/> through sh (as <paramref name="user"/> when running as root) and returns its output; throws on a non-zero exit.</summary>
    public static async Task<string> RunAsync(string command, string? user = null, IReadOnlyDictionary<string, string>? environment = null,
        TimeSpan? timeout = null)
    {
        var start = user is not null && IsRoot
            ? new ProcessStartInfo("su", ["-s", "/bin/sh", user, "-c", command])
            : new ProcessStartInfo("/bin/sh", ["-c", command]);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"'{command}' did not finish in time.");
        }
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"'{command}' exited with {process.ExitCode}: {await output} {await error}");
        }
        return await output;
    }

    /// <summary>A loopback port nobody listens on right now.</summary>
    public static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    /// <summary>Waits until something accepts TCP connections on <paramref name="port"/> (or stops accepting them).</summary>
    public static async Task WaitForPortAsync(int port, bool open, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            using var client = new TcpClient();
            bool accepted;
            try
            {
                await client.ConnectAsync(IPAddress.Loopback, port);
                accepted = true;
            }
            catch (SocketException)
            {
                accepted = false;
            }
            if (accepted == open)
            {
                return;
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Port {port} did not become {(open ? "open" : "closed")} in time.");
            }
            await Task.Delay(100);
        }
    }
}
