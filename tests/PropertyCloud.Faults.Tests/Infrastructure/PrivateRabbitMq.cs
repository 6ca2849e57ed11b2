using System.Diagnostics;

namespace PropertyCloud.Faults.Tests.Infrastructure;

/// <summary>
/// A RabbitMQ node of this test run only (its own node name, ports, database and Erlang cookie in a temporary folder,
/// no plugins), so a test may stop and restart the broker without disturbing the shared one. Restarting keeps the
/// node's database, so durable queues and persistent messages survive as on a real broker restart.
/// </summary>
public sealed class PrivateRabbitMq : IAsyncDisposable
{
    private const string Bin = "/usr/lib/rabbitmq/bin";
    private readonly Dictionary<string, string> _environment;
    private Process? _server;

    private PrivateRabbitMq(string folder)
    {
        Folder = folder;
        Port = OsProcess.FreePort();
        NodeName = $"pcfault-{Guid.NewGuid():N}"[..20] + "@localhost";
        File.WriteAllText(Path.Combine(folder, "enabled_plugins"), "[].");
        File.WriteAllText(Path.Combine(folder, "rabbitmq.conf"), "loopback_users = none\n");
        _environment = new Dictionary<string, string>
        {
            // The Erlang cookie lives in HOME: a private one keeps rabbitmqctl away from the shared node.
            ["HOME"] = folder,
            ["RABBITMQ_NODENAME"] = NodeName,
            ["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1",
            ["RABBITMQ_NODE_PORT"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["RABBITMQ_DIST_PORT"] = OsProcess.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["RABBITMQ_MNESIA_BASE"] = Path.Combine(folder, "mnesia"),
            ["RABBITMQ_LOG_BASE"] = Path.Combine(folder, "log"),
            ["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(folder, "enabled_plugins"),
            ["RABBITMQ_CONFIG_FILE"] = Path.Combine(folder, "rabbitmq.conf"),
            ["RABBITMQ_ADVANCED_CONFIG_FILE"] = Path.Combine(folder, "advanced.config"),
            ["RABBITMQ_PID_FILE"] = Path.Combine(folder, "rabbitmq.pid"),
        };
    }

    public string Folder { get; }
    public int Port { get; }
    public string NodeName { get; }

    /// <summary>Connection string for <paramref name="virtualHost"/> (see <see cref="NewVirtualHostAsync"/>).</summary>
    public string ConnectionString(string virtualHost) => $"amqp://guest:guest@127.0.0.1:{Port}/{virtualHost}";

    /// <summary>
    /// A virtual host of its own for one test, so queues left by an earlier test (or declared with other arguments,
    /// such as quorum instead of classic) never meet this one's.
    /// </summary>
    public async Task<string> NewVirtualHostAsync()
    {
        var name = $"faults-{Guid.NewGuid():N}";
        await OsProcess.RunAsync($"{Bin}/rabbitmqctl -q -n {NodeName} add_vhost {name} && " +
            $"{Bin}/rabbitmqctl -q -n {NodeName} set_permissions -p {name} guest '.*' '.*' '.*'", environment: _environment);
        return name;
    }

    public static async Task<PrivateRabbitMq> StartAsync()
    {
        var rabbit = new PrivateRabbitMq(Directory.CreateTempSubdirectory("pcfault-rmq-").FullName);
        try
        {
            await rabbit.StartServerAsync();
        }
        catch
        {
            // Nobody else holds this node yet: without this a node that booted too slowly outlives the test run.
            await rabbit.DisposeAsync();
            throw;
        }
        return rabbit;
    }

    /// <summary>Starts the node (again) and waits until it accepts AMQP connections.</summary>
    public async Task StartServerAsync()
    {
        var start = new ProcessStartInfo($"{Bin}/rabbitmq-server")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Folder,
        };
        foreach (var (key, value) in _environment)
        {
            start.Environment[key] = value;
        }
        _server = Process.Start(start)!;
        _server.OutputDataReceived += (_, _) => { };
        _server.ErrorDataReceived += (_, _) => { };
        _server.BeginOutputReadLine();
        _server.BeginErrorReadLine();
        // The AMQP listener opens last in the boot sequence. Erlang boots in seconds on a quiet machine but took over a
        // minute at load 75 (builds and a benchmark alongside): wait long rather than fail every test of the run.
        await OsProcess.WaitForPortAsync(Port, open: true, TimeSpan.FromMinutes(3));
    }

    /// <summary>Starts the node unless it runs: a test that failed mid-outage must not leave the next one without a broker.</summary>
    public async Task EnsureRunningAsync()
    {
        if (_server is null)
        {
            await StartServerAsync();
        }
    }

    /// <summary>Stops the node the way an operator would (rabbitmqctl stop); clients see their connections close.</summary>
    public async Task StopServerAsync()
    {
        await OsProcess.RunAsync($"{Bin}/rabbitmqctl -q -n {NodeName} stop", environment: _environment);
        if (_server is not null)
        {
            await _server.WaitForExitAsync();
            _server.Dispose();
            _server = null;
        }
        await OsProcess.WaitForPortAsync(Port, open: false, TimeSpan.FromSeconds(30));
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_server is not null)
            {
                await StopServerAsync();
            }
        }
        catch (Exception) when (_server is not null)
        {
            _server.Kill(entireProcessTree: true);
        }
        Directory.Delete(Folder, recursive: true);
    }
}
