using System.Net.Sockets;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;
using Npgsql;
using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.BuildingBlocks.Resilience;

/// <summary>
/// Answers 503 with Retry-After when the database is unreachable or restarting, however deep EF Core wrapped the cause
/// (its retrying execution strategy gives up with a <see cref="RetryLimitExceededException"/>, which would otherwise be
/// a 500). Clients' resilience handlers retry a 503; a 500 would be reported as a bug. Register it before the other
/// exception handlers: <c>builder.Services.AddExceptionHandler&lt;TransientDatabaseFailureHandler&gt;()</c>.
/// </summary>
public sealed class TransientDatabaseFailureHandler(IProblemDetailsService problems, ILogger<TransientDatabaseFailureHandler> logger)
    : IExceptionHandler
{
    /// <summary>Seconds a client should wait; a PostgreSQL restart or fail-over takes a few.</summary>
    public const int RetryAfterSeconds = 5;

    public static readonly LocalizedText Unavailable = new("服务暂时不可用，请稍后重试", "The service is temporarily unavailable; retry shortly");

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!IsTransientDatabaseFailure(exception))
        {
            return false;
        }
        logger.LogWarning("Database unavailable on {Method} {Path}: {Error}", httpContext.Request.Method, httpContext.Request.Path,
            exception.GetBaseException().Message);
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = new ProblemDetails { Status = StatusCodes.Status503ServiceUnavailable, Title = Unavailable.ToString() },
            Exception = exception,
        });
    }

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
