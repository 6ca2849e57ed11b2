using Microsoft.EntityFrameworkCore;
using PropertyCloud.Billing.Api.Domain.MeterImports;
using PropertyCloud.Billing.Api.Infrastructure;

namespace PropertyCloud.Billing.Api.MeterImports;

/// <summary>Saves a job's last change (completed or failed) together with the removal of its uploaded file.</summary>
public static class MeterImportJobs
{
    /// <summary>
    /// One transaction: when the save fails, the file is still there for the job that points to it, and the job is run
    /// again once its heartbeat is stale.
    /// </summary>
    public static Task FinishAsync(BillingDb db, Guid jobId, Action<MeterImportJob> finish, CancellationToken cancellationToken) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var job = await db.MeterImportJobs.SingleAsync(j => j.Id == jobId, cancellationToken);
            finish(job);
            await db.MeterImportFiles.Where(f => f.MeterImportJobId == jobId).ExecuteDeleteAsync(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
}
