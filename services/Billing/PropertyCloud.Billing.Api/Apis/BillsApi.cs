using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PropertyCloud.Billing.Api.Domain;
using PropertyCloud.Billing.Api.Domain.Ledger;
using PropertyCloud.Billing.Api.Domain.Rules;
using PropertyCloud.Billing.Api.Extensions;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Billing.Api.Apis;

/// <summary>Issued bills: read, and corrected only by adjustments and credit notes (there is no edit).</summary>
public static class BillsApi
{
    internal static readonly LocalizedText BillText = new("账单", "bill");

    public static RouteGroupBuilder MapBillsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/billing/estates/{estateId:guid}/bills").WithTags("Bills")
            .RequireAuthorization(BillingPolicies.ReadBilling);
        api.MapGet("/", ListBills);
        api.MapGet("/{billId:guid}", GetBill);
        api.MapPost("/{billId:guid}/adjustments", AdjustBill).RequireAuthorization(BillingPolicies.WriteBilling).Validate<AdjustmentRequest>();
        return api;
    }

    public static async Task<Results<Ok<PagedResult<BillResponse>>, ProblemHttpResult>> ListBills(
        Guid estateId, string? period, Guid? unitId, [AsParameters] BillingServices services, [AsParameters] PageRequest page,
        CancellationToken cancellationToken)
    {
        var query = services.Db.Bills.AsNoTracking().Where(b => b.EstateId == estateId);
        query = period is null ? query : query.Where(b => b.Period == period);
        query = unitId is null ? query : query.Where(b => b.UnitId == unitId);
        var total = await query.LongCountAsync(cancellationToken);
        var items = await query.Include(b => b.Lines).OrderBy(b => b.Period).ThenBy(b => b.UnitId)
            .Skip(page.Skip).Take(page.Size).AsSplitQuery().ToListAsync(cancellationToken);
        var unitIds = items.Select(b => b.UnitId).Distinct().ToList();
        var units = await services.Db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, cancellationToken);
        return TypedResults.Ok(new PagedResult<BillResponse>([.. items.Select(b => BillResponse.From(b, units.GetValueOrDefault(b.UnitId)))],
            page.Number, page.Size, total));
    }

    public static async Task<Results<Ok<BillResponse>, ProblemHttpResult>> GetBill(
        Guid estateId, Guid billId, [AsParameters] BillingServices services, CancellationToken cancellationToken)
    {
        var bill = await services.Db.Bills.AsNoTracking().Include(b => b.Lines)
            .FirstOrDefaultAsync(b => b.Id == billId && b.EstateId == estateId, cancellationToken);
        return bill is null ? ApiProblems.NotFound(BillText, billId) : TypedResults.Ok(BillResponse.From(bill));
    }

    public static async Task<Results<Created<BillResponse>, ProblemHttpResult>> AdjustBill(
        Guid estateId, Guid billId, AdjustmentRequest request, [AsParameters] BillingServices services, CancellationToken cancellationToken)
    {
        var db = services.Db;
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync<Results<Created<BillResponse>, ProblemHttpResult>>(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.Database.ExecuteSqlAsync($"SELECT 1 FROM bills WHERE id = {billId} FOR UPDATE", cancellationToken);
            var bill = await db.Bills.Include(b => b.Lines).FirstOrDefaultAsync(b => b.Id == billId && b.EstateId == estateId, cancellationToken);
            if (bill is null)
            {
                return ApiProblems.NotFound(BillText, billId);
            }
            PeriodMustBeOpen.Check(await db.IsClosedAsync(estateId, bill.Period, cancellationToken), bill.Period, "amount");
            var adjustment = BillAdjustment.Of(bill, request.Amount, request.Reason, services.Clock.GetUtcNow());
            db.Adjustments.Add(adjustment);
            db.LedgerEntries.AddRange(Postings.ForAdjustment(adjustment));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return TypedResults.Created($"/api/billing/estates/{estateId}/bills/{bill.Id}", BillResponse.From(bill));
        });
    }
}
