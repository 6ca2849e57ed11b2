using Npgsql;

namespace PropertyCloud.Faults.Tests.Infrastructure;

/// <summary>
/// A PostgreSQL 15 cluster of this test run only (initdb into a temporary folder, its own port), so a test may stop
/// and restart it without disturbing the shared server other suites use. PostgreSQL refuses to run as root, so
/// under root it runs as the postgres user.
/// </summary>
public sealed class PrivatePostgres : IAsyncDisposable
{
    private const string Bin = "/usr/lib/postgresql/15/bin";
    private const string OsUser = "postgres";

    private PrivatePostgres(string folder, int port)
    {
        Folder = folder;
        Port = port;
    }

    public string Folder { get; }
    public int Port { get; }
    private string DataFolder => Path.Combine(Folder, "data");

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username=app;Password=app;Database={database};Include Error Detail=true";

    public static async Task<PrivatePostgres> StartAsync()
    {
        var folder = Directory.CreateTempSubdirectory("pcfault-pg-").FullName;
        if (OsProcess.IsRoot)
        {
            await OsProcess.RunAsync($"chown {OsUser} '{folder}'");
        }
        var postgres = new PrivatePostgres(folder, OsProcess.FreePort());
        await OsProcess.RunAsync($"{Bin}/initdb -D '{postgres.DataFolder}' -U postgres -A trust -E UTF8 --locale=C.UTF-8 >'{folder}/initdb.log' 2>&1", OsUser);
        await postgres.StartServerAsync();
        // As deploy/local/infra.sh does for the shared server: the services' role, and pg_trgm in every new database.
        await postgres.AsSuperuserAsync("template1", "CREATE EXTENSION IF NOT EXISTS pg_trgm");
        await postgres.AsSuperuserAsync("postgres", "CREATE ROLE app LOGIN CREATEDB PASSWORD 'app'");
        return postgres;
    }

    /// <summary>Starts the server (again) on the same port and data.</summary>
    public async Task StartServerAsync() =>
        await OsProcess.RunAsync(
            $"{Bin}/pg_ctl -D '{DataFolder}' -l '{Folder}/server.log' -w -t 30 " +
            $"-o \"-p {Port} -k '{Folder}' -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200\" start >/dev/null", OsUser);

    /// <summary>Stops the server: "fast" ends sessions and rolls back open transactions, "immediate" is a crash.</summary>
    public async Task StopServerAsync(string mode = "fast") =>
        await OsProcess.RunAsync($"{Bin}/pg_ctl -D '{DataFolder}' -m {mode} -w -t 30 stop >/dev/null", OsUser);

    public async Task<long> ScalarAsync(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString(database) + ";Pooling=false");
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task AsSuperuserAsync(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(
            $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Pooling=false");
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        try
        {
            await StopServerAsync("immediate");
        }
        catch (InvalidOperationException)
        {
            // already stopped by a test
        }
        Directory.Delete(Folder, recursive: true);
    }
}
