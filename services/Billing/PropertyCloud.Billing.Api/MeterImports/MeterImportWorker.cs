using Microsoft.EntityFrameworkCore;
using PropertyCloud.Billing.Api.Infrastructure;
using PropertyCloud.BuildingBlocks.SpreadsheetImports;

namespace PropertyCloud.Billing.Api.MeterImports;

/// <summary>
/// Claims uploaded meter sheets with FOR UPDATE SKIP LOCKED, so that each runs on one instance at a time; a job whose
/// instance died (no heartbeat for two minutes) is claimed again and resumes after the lines already done.
/// </summary>
internal sealed class MeterImportWorker(IServiceScopeFactory scopes, MeterImportSignal signal, TimeProvider clock, ILogger<MeterImportWorker> logger)
    : QueuedImportWorker(scopes, clock, logger)
{
    private static readonly TimeSpan StaleAfter = TimeSpan.FromMinutes(2);

    protected override TimeSpan IdlePause => TimeSpan.FromSeconds(2);

    protected override Task WaitForUploadAsync(CancellationToken cancellationToken) => signal.WaitAsync(IdlePause, cancellationToken);

    protected override async Task<Guid?> ClaimNextAsync(IServiceProvider services, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var stale = now - StaleAfter;
        var claimed = await services.GetRequiredService<BillingDb>().Database.SqlQuery<Guid>($"""
            UPDATE meter_import_jobs SET status = 'Running', heartbeat_at = {now}
            WHERE id = (SELECT id FROM meter_import_jobs
                        WHERE status = 'Pending' OR (status = 'Running' AND heartbeat_at < {stale})
                        ORDER BY requested_at LIMIT 1 FOR UPDATE SKIP LOCKED)
            RETURNING id AS "Value"
            """).ToListAsync(cancellationToken);
        return claimed.Count == 0 ? null : claimed[0];
    }

    protected override Task RunAsync(IServiceProvider services, Guid jobId, CancellationToken cancellationToken) =>
        services.GetRequiredService<MeterImportRunner>().RunAsync(jobId, cancellationToken);
}
