using Microsoft.EntityFrameworkCore;
using PropertyCloud.Billing.Contracts;
using PropertyCloud.Quality.Api.Infrastructure;
using PropertyCloud.Quality.Api.ReadModels;

namespace PropertyCloud.Quality.Api.Projections;

internal static class BillingProjection
{
    public static async Task ApplyAsync(QualityDb db, BillIssued e, CancellationToken cancellationToken)
    {
        if (await db.FindReadModelAsync<BillFact>([e.BillId], cancellationToken) is null)
        {
            db.Bills.Add(BillFact.Issued(e.BillId, e.EstateId, e.UnitId, e.Period, e.Amount, e.DueDate));
        }
    }

    public static async Task ApplyAsync(QualityDb db, PaymentReceived e, CancellationToken cancellationToken)
    {
        var payment = await PaymentAsync(db, e.PaymentId, e.EstateId, cancellationToken);
        if (payment.Received)
        {
            return;
        }
        var allocations = e.BillsCovered
            .Select(b => PaymentAllocationFact.Of(e.PaymentId, b.BillId, e.EstateId, b.Period, b.Amount))
            .ToList();
        db.PaymentAllocations.AddRange(allocations);
        payment.RecordReceived(allocations);
    }

    public static async Task ApplyAsync(QualityDb db, PaymentRefunded e, CancellationToken cancellationToken)
    {
        var payment = await PaymentAsync(db, e.PaymentId, e.EstateId, cancellationToken);
        var allocations = payment.Received && !db.ReplayRowsPreloaded
            ? await db.PaymentAllocations.Where(a => a.PaymentId == e.PaymentId).ToListAsync(cancellationToken)
            : [];
        // Allocations added earlier in the same replay batch are not in the database yet.
        allocations = [.. allocations.Union(db.PaymentAllocations.Local.Where(a => a.PaymentId == e.PaymentId))];
        payment.RecordRefund(e.Amount, allocations);
    }

    private static Task<PaymentFact> PaymentAsync(QualityDb db, Guid paymentId, Guid estateId, CancellationToken cancellationToken) =>
        db.FindOrAddAsync(paymentId, () => PaymentFact.For(paymentId, estateId), cancellationToken);
}
