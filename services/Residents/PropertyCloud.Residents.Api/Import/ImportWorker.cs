using Microsoft.EntityFrameworkCore;

namespace PropertyCloud.Residents.Api.Import;

/// <summary>
/// Claims uploaded imports with FOR UPDATE SKIP LOCKED, so that each runs on exactly one instance; a job whose
/// instance died (no heartbeat for two minutes) is claimed again — safe, because an import commits all or nothing.
/// </summary>
internal sealed partial class ImportWorker(IServiceScopeFactory scopes, ILogger<ImportWorker> logger) : BackgroundService
{
    private static readonly TimeSpan IdlePause = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!await RunNextAsync(stoppingToken))
                {
                    await Task.Delay(IdlePause, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception failure)
            {
                LogFailed(failure);
                await Task.Delay(IdlePause * 5, stoppingToken);
            }
        }
    }

    private async Task<bool> RunNextAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Infrastructure.ResidentsDb>();
        var claimed = await db.Database.SqlQuery<Guid>($"""
            UPDATE import_jobs SET status = 'Validating', heartbeat_at = now()
            WHERE id = (SELECT id FROM import_jobs
                        WHERE status = 'Pending' OR (status IN ('Validating', 'Writing') AND heartbeat_at < now() - interval '2 minutes')
                        ORDER BY requested_at LIMIT 1 FOR UPDATE SKIP LOCKED)
            RETURNING id AS "Value"
            """).ToListAsync(cancellationToken);
        if (claimed.Count == 0)
        {
            return false;
        }
        await scope.ServiceProvider.GetRequiredService<RegisterImportRunner>().RunAsync(claimed[0], cancellationToken);
        return true;
    }

    [LoggerMessage(LogLevel.Error, "Register import failed; the job is retried once its heartbeat is stale")]
    private partial void LogFailed(Exception failure);
}
