using Microsoft.EntityFrameworkCore;

namespace PropertyCloud.Archives.Api.Infrastructure;

/// <summary>Work that must commit as one (a change and its audit entry), retried whole by the execution strategy.</summary>
public static class ArchivesDbTransactions
{
    public static Task<T> InTransactionAsync<T>(this ArchivesDb db, Func<Task<T>> work, CancellationToken cancellationToken) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var result = await work();
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return result;
        });
}
