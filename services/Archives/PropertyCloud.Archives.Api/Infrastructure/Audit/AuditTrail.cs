using Microsoft.EntityFrameworkCore;
using PropertyCloud.Archives.Api.Domain.Audit;

namespace PropertyCloud.Archives.Api.Infrastructure.Audit;

/// <summary>Appends to the hash-chained audit log; call inside a transaction (<see cref="ArchivesDbTransactions"/>).</summary>
public sealed class AuditTrail(TimeProvider clock)
{
    /// <summary>Locks the chain head until commit, so concurrent appends form one chain without forks.</summary>
    public async Task AppendAsync(ArchivesDb db, AuditRecord record, CancellationToken cancellationToken)
    {
        var head = await db.AuditChainHeads
            .FromSql($"SELECT * FROM audit_chain_heads WHERE id = {AuditChainHead.SingletonId} FOR UPDATE")
            .SingleAsync(cancellationToken);
        db.AuditEntries.Add(head.Append(record, clock.GetUtcNow()));
    }

    /// <summary>Walks the whole chain in sequence order, a page at a time, and reports the first break.</summary>
    public static async Task<ChainVerification> VerifyAsync(ArchivesDb db, CancellationToken cancellationToken)
    {
        const int pageSize = 1000;
        var verification = new ChainVerification();
        var after = 0L;
        while (true)
        {
            var page = await db.AuditEntries.AsNoTracking().Where(e => e.Sequence > after).OrderBy(e => e.Sequence)
                .Take(pageSize).ToListAsync(cancellationToken);
            foreach (var entry in page)
            {
                if (!verification.Check(entry))
                {
                    return verification;
                }
            }
            if (page.Count < pageSize)
            {
                break;
            }
            after = page[^1].Sequence;
        }
        verification.CheckHead(await db.AuditChainHeads.AsNoTracking().SingleAsync(cancellationToken));
        return verification;
    }
}
