using Npgsql;

namespace PropertyCloud.Testing;

/// <summary>A database of its own for one test class; the service creates it by migrating, the fixture drops it.</summary>
public sealed class TestDatabase(string prefix) : IAsyncDisposable
{
    public string Name { get; } = $"{prefix}_t_{Guid.NewGuid():N}"[..Math.Min(63, prefix.Length + 35)];

    public string ConnectionString => TestInfrastructure.PostgresConnectionString(Name);

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(TestInfrastructure.PostgresConnectionString("postgres"));
        await connection.OpenAsync();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", connection);
                await drop.ExecuteNonQueryAsync();
                return;
            }
            catch (PostgresException) when (attempt < 5)
            {
                // a session of the stopping service may still be closing; try again shortly
                await Task.Delay(200 * attempt);
            }
        }
    }
}
