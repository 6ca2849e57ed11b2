using System.Net.Sockets;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace PropertyCloud.BuildingBlocks.Resilience;

/// <summary>
/// Tells a database that is unreachable or restarting — worth a 503 and a retry — from a statement that is wrong, however
/// deep EF Core wrapped the cause (its retrying execution strategy gives up with a <see cref="RetryLimitExceededException"/>).
/// </summary>
public static class TransientDatabaseFailure
{
    /// <summary>True when somewhere in the chain the database connection failed, rather than a statement being wrong.</summary>
    public static bool IsTransientDatabaseFailure(Exception exception)
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case RetryLimitExceededException:
                case NpgsqlException { IsTransient: true }:
                case PostgresException { SqlState: PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CannotConnectNow or PostgresErrorCodes.CrashShutdown }:
                case SocketException:
                    return true;
                case NpgsqlException when current.InnerException is SocketException or IOException or TimeoutException:
                    return true;
            }
        }
        return false;
    }
}
