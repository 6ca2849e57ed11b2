using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using PropertyCloud.Billing.Api.Domain;
using PropertyCloud.Billing.Api.Domain.Ledger;
using PropertyCloud.Billing.Api.Extensions;
using PropertyCloud.Billing.Api.Infrastructure;
using PropertyCloud.Billing.Api.Payments;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.BuildingBlocks.EventBus;

namespace PropertyCloud.Billing.Api.Apis;

/// <summary>
/// Payments (缴费): one per idempotency key and estate (unique index), allocated oldest bill first, numbered from the
/// estate's receipt counter in the same transaction. The unit's bills are locked first, so payments of one unit
/// queue, and a retry that waited behind its original finds it instead of paying again.
/// </summary>
public static class PaymentsApi
{
    private static readonly LocalizedText PaymentText = new("缴费记录", "payment");

    public static RouteGroupBuilder MapPaymentsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/billing/estates/{estateId:guid}").WithTags("Payments")
            .RequireAuthorization(BillingPolicies.ReadBilling);
        api.MapGet("/payments", ListPayments);
        api.MapGet("/payments/{paymentId:guid}", GetPayment);
        api.MapPost("/units/{unitId:guid}/payments", TakePayment).RequireAuthorization(BillingPolicies.WriteBilling).Validate<PaymentRequest>();
        api.MapPost("/payments/{paymentId:guid}/refunds", RefundPayment).RequireAuthorization(BillingPolicies.WriteBilling).Validate<RefundRequest>();
        return api;
    }

    public static async Task<Results<Ok<PagedResult<PaymentResponse>>, ProblemHttpResult>> ListPayments(
        Guid estateId, Guid? unitId, [AsParameters] BillingServices services, [AsParameters] PageRequest page, CancellationToken cancellationToken)
    {
        var query = services.Db.Payments.AsNoTracking().Where(p => p.EstateId == estateId);
        query = unitId is null ? query : query.Where(p => p.UnitId == unitId);
        var total = await query.LongCountAsync(cancellationToken);
        var items = await query.Include(p => p.Allocations).OrderBy(p => p.ReceiptNumber)
            .Skip(page.Skip).Take(page.Size).AsSplitQuery().ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResult<PaymentResponse>([.. items.Select(PaymentResponse.From)], page.Number, page.Size, total));
    }

    public static async Task<Results<Ok<PaymentResponse>, ProblemHttpResult>> GetPayment(
        Guid estateId, Guid paymentId, [AsParameters] BillingServices services, CancellationToken cancellationToken)
    {
        var payment = await services.Db.Payments.AsNoTracking().Include(p => p.Allocations)
            .FirstOrDefaultAsync(p => p.Id == paymentId && p.EstateId == estateId, cancellationToken);
        return payment is null ? ApiProblems.NotFound(PaymentText, paymentId) : TypedResults.Ok(PaymentResponse.From(payment));
    }

    public static async Task<Results<Created<PaymentResponse>, Ok<PaymentResponse>, ProblemHttpResult>> TakePayment(
        Guid estateId, Guid unitId, PaymentRequest request, IPaymentProvider provider, [AsParameters] BillingServices services,
        CancellationToken cancellationToken)
    {
        if (await FindByKeyAsync(services, estateId, request.IdempotencyKey, cancellationToken) is { } earlier)
        {
            return TypedResults.Ok(SameRequest(earlier, unitId, request));
        }
        var unit = await UnitsApi.FindAsync(services, estateId, unitId, cancellationToken);
        if (unit is null)
        {
            return ApiProblems.NotFound(UnitsApi.UnitText, unitId);
        }
        try
        {
            var (payment, created) = await ReceiveAsync(services, provider, unit, request, cancellationToken);
            var response = SameRequest(payment, unitId, request);
            return created
                ? TypedResults.Created($"/api/billing/estates/{estateId}/payments/{payment.Id}", response)
                : TypedResults.Ok(response);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            var payment = await FindByKeyAsync(services, estateId, request.IdempotencyKey, cancellationToken);
            if (payment is null)
            {
                throw;
            }
            return TypedResults.Ok(SameRequest(payment, unitId, request));
        }
    }

    private static async Task<(Payment Payment, bool Created)> ReceiveAsync(
        BillingServices services, IPaymentProvider provider, BillableUnit unit, PaymentRequest request, CancellationToken cancellationToken)
    {
        var db = services.Db;
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.Database.ExecuteSqlAsync($"SELECT 1 FROM bills WHERE unit_id = {unit.Id} FOR UPDATE", cancellationToken);
            if (await FindByKeyAsync(services, unit.EstateId, request.IdempotencyKey, cancellationToken) is { } earlier)
            {
                return (earlier, false);
            }
            var bills = await db.Bills.Where(b => b.UnitId == unit.Id && b.Amount + b.AdjustedAmount - b.PaidAmount > 0)
                .ToListAsync(cancellationToken);
            var now = services.Clock.GetUtcNow();
            var payment = Payment.Receive(unit, request.IdempotencyKey, request.Method, request.Amount, bills, now);
            var reference = request.Method == PaymentMethod.Online
                ? await provider.ChargeAsync(request.IdempotencyKey, request.Amount, cancellationToken)
                : null;
            payment.IssueReceipt(await NextReceiptNumberAsync(services, unit.EstateId, cancellationToken), reference);
            db.Payments.Add(payment);
            db.LedgerEntries.AddRange(Postings.ForPayment(payment));
            db.AddIntegrationEvent(PaymentEvents.Received(payment));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return (payment, true);
        });
    }

    public static async Task<Results<Ok<PaymentResponse>, ProblemHttpResult>> RefundPayment(
        Guid estateId, Guid paymentId, RefundRequest request, IPaymentProvider provider, [AsParameters] BillingServices services,
        CancellationToken cancellationToken)
    {
        var db = services.Db;
        var unitId = await db.Payments.Where(p => p.Id == paymentId && p.EstateId == estateId).Select(p => (Guid?)p.UnitId)
            .FirstOrDefaultAsync(cancellationToken);
        if (unitId is null)
        {
            return ApiProblems.NotFound(PaymentText, paymentId);
        }
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync<Results<Ok<PaymentResponse>, ProblemHttpResult>>(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (request.IdempotencyKey is { } key)
            {
                // The key is unique per estate, not per payment: refunds of two payments under one key queue here (taken
                // before any row lock, so always in the same order) and the second finds the first instead of racing it
                // to the unique index after the provider has already paid back.
                await db.Database.ExecuteSqlAsync(
                    $"SELECT pg_advisory_xact_lock(hashtextextended({"refund:" + estateId.ToString() + ":" + key}, 0))", cancellationToken);
            }
            await db.Database.ExecuteSqlAsync($"SELECT 1 FROM bills WHERE unit_id = {unitId} FOR UPDATE", cancellationToken);
            await db.Database.ExecuteSqlAsync($"SELECT 1 FROM payments WHERE id = {paymentId} FOR UPDATE", cancellationToken);
            var payment = await db.Payments.Include(p => p.Allocations).SingleAsync(p => p.Id == paymentId, cancellationToken);
            if (await EarlierRefundAsync(db, estateId, paymentId, request, cancellationToken))
            {
                return TypedResults.Ok(PaymentResponse.From(payment));
            }
            var billIds = payment.Allocations.Select(a => a.BillId).ToList();
            var bills = await db.Bills.Where(b => billIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, cancellationToken);
            var now = services.Clock.GetUtcNow();
            payment.Refund(request.Amount, bills);
            if (payment.ProviderReference is { } reference)
            {
                await provider.RefundAsync(reference, request.Amount, cancellationToken);
            }
            db.Refunds.Add(Refund.Of(payment, request.IdempotencyKey, request.Amount, now));
            db.LedgerEntries.AddRange(Postings.ForRefund(payment, request.Amount, now));
            db.AddIntegrationEvent(PaymentEvents.Refunded(payment, request.Amount, now));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return TypedResults.Ok(PaymentResponse.From(payment));
        });
    }

    /// <summary>Whether the request's key was already used for this very refund; a key reused for another refund is a 409.</summary>
    /// <remarks>Called under the key's advisory lock, so the earlier refund, if any, has committed.</remarks>
    private static async Task<bool> EarlierRefundAsync(BillingDb db, Guid estateId, Guid paymentId, RefundRequest request, CancellationToken cancellationToken)
    {
        if (request.IdempotencyKey is not { } key
            || await db.Refunds.AsNoTracking().FirstOrDefaultAsync(r => r.EstateId == estateId && r.IdempotencyKey == key, cancellationToken) is not { } earlier)
        {
            return false;
        }
        return earlier.IsSameAs(paymentId, request.Amount)
            ? true
            : throw new ConflictException("refund.idempotency_key_reused",
                new("该幂等键已用于另一笔退款", "This idempotency key was already used for a different refund"), "idempotencyKey");
    }

    /// <summary>Takes the estate's next receipt number; rolled back with the payment if it fails, so no gaps.</summary>
    private static async Task<long> NextReceiptNumberAsync(BillingServices services, Guid estateId, CancellationToken cancellationToken) =>
        (await services.Db.Database.SqlQuery<long>($"""
            INSERT INTO receipt_counters (estate_id, last_number) VALUES ({estateId}, 1)
            ON CONFLICT (estate_id) DO UPDATE SET last_number = receipt_counters.last_number + 1
            RETURNING last_number AS "Value"
            """).ToListAsync(cancellationToken)).Single();

    private static Task<Payment?> FindByKeyAsync(BillingServices services, Guid estateId, string key, CancellationToken cancellationToken) =>
        services.Db.Payments.AsNoTracking().Include(p => p.Allocations)
            .FirstOrDefaultAsync(p => p.EstateId == estateId && p.IdempotencyKey == key, cancellationToken);

    /// <summary>A key names one request: reusing it for a different payment is refused rather than silently answered.</summary>
    private static PaymentResponse SameRequest(Payment payment, Guid unitId, PaymentRequest request)
    {
        if (payment.UnitId != unitId || payment.Amount != request.Amount || payment.Method != request.Method)
        {
            throw new ConflictException("payment.idempotency_key_reused",
                new("该幂等键已用于另一笔缴费", "This idempotency key was already used for a different payment"), "idempotencyKey");
        }
        return PaymentResponse.From(payment);
    }
}
