using Microsoft.EntityFrameworkCore;
using PropertyCloud.BuildingBlocks.SpreadsheetImports;
using PropertyCloud.Residents.Api.Infrastructure;

namespace PropertyCloud.Residents.Api.Import;

/// <summary>
/// Claims uploaded imports with FOR UPDATE SKIP LOCKED, so that each runs on exactly one instance; a job whose
/// instance died (no heartbeat for two minutes) is claimed again — safe, because an import commits all or nothing.
/// </summary>
internal sealed class ImportWorker(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ImportWorker> logger)
    : QueuedImportWorker(scopes, clock, logger)
{
    protected override TimeSpan IdlePause => TimeSpan.FromSeconds(1);

    protected override async Task<Guid?> ClaimNextAsync(IServiceProvider services, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var claimed = await services.GetRequiredService<ResidentsDb>().Database.SqlQuery<Guid>($"""
            UPDATE import_jobs SET status = 'Validating', heartbeat_at = now()
            WHERE id = (SELECT id FROM import_jobs
                        WHERE status = 'Pending' OR (status IN ('Validating', 'Writing') AND heartbeat_at < now() - interval '2 minutes')
                        ORDER BY requested_at LIMIT 1 FOR UPDATE SKIP LOCKED)
            RETURNING id AS "Value"
            """).ToListAsync(cancellationToken);
        return claimed.Count == 0 ? null : claimed[0];
    }

    protected override Task RunAsync(IServiceProvider services, Guid jobId, CancellationToken cancellationToken) =>
        services.GetRequiredService<RegisterImportRunner>().RunAsync(jobId, cancellationToken);
}
