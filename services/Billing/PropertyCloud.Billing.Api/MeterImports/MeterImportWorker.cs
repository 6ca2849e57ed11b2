using Microsoft.EntityFrameworkCore;
using PropertyCloud.Billing.Api.Infrastructure;

namespace PropertyCloud.Billing.Api.MeterImports;

/// <summary>
/// Claims uploaded meter sheets with FOR UPDATE SKIP LOCKED, so that each runs on one instance at a time; a job whose
/// instance died (no heartbeat for two minutes) is claimed again and resumes after the lines already done.
/// </summary>
internal sealed partial class MeterImportWorker(
    IServiceScopeFactory scopes, MeterImportSignal signal, TimeProvider clock, ILogger<MeterImportWorker> logger) : BackgroundService
{
    private static readonly TimeSpan IdlePause = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan StaleAfter = TimeSpan.FromMinutes(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!await RunNextAsync(stoppingToken))
                {
                    await signal.WaitAsync(IdlePause, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception failure)
            {
                LogFailed(failure);
                await Task.Delay(IdlePause * 5, clock, stoppingToken);
            }
        }
    }

    private async Task<bool> RunNextAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BillingDb>();
        var now = clock.GetUtcNow();
        var stale = now - StaleAfter;
        var claimed = await db.Database.SqlQuery<Guid>($"""
            UPDATE meter_import_jobs SET status = 'Running', heartbeat_at = {now}
            WHERE id = (SELECT id FROM meter_import_jobs
                        WHERE status = 'Pending' OR (status = 'Running' AND heartbeat_at < {stale})
                        ORDER BY requested_at LIMIT 1 FOR UPDATE SKIP LOCKED)
            RETURNING id AS "Value"
            """).ToListAsync(cancellationToken);
        if (claimed.Count == 0)
        {
            return false;
        }
        await scope.ServiceProvider.GetRequiredService<MeterImportRunner>().RunAsync(claimed[0], cancellationToken);
        return true;
    }

    [LoggerMessage(LogLevel.Error, "Meter import failed; the job is resumed once its heartbeat is stale")]
    private partial void LogFailed(Exception failure);
}
