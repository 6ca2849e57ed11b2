using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PropertyCloud.Billing.Api.Domain;
using PropertyCloud.Billing.Api.Domain.Ledger;
using PropertyCloud.Billing.Api.Domain.Rules;
using PropertyCloud.Billing.Api.Extensions;
using PropertyCloud.Billing.Api.Infrastructure;
using PropertyCloud.Billing.Api.Printables;
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
        api.MapGet("/export", ExportBills);
        api.MapGet("/{billId:guid}", GetBill);
        api.MapPost("/{billId:guid}/adjustments", AdjustBill).RequireAuthorization(BillingPolicies.WriteBilling).Validate<AdjustmentRequest>();
        return api;
    }

    public static async Task<Results<Ok<PagedResult<BillResponse>>, ProblemHttpResult>> ListBills(
        Guid estateId, [AsParameters] BillFilter filter, [AsParameters] BillingServices services, [AsParameters] PageRequest page,
        CancellationToken cancellationToken)
    {
        var query = filter.Apply(services.Db, estateId);
        var total = await query.LongCountAsync(cancellationToken);
        // One round trip for the page, its lines and its units (the count is the other): a split query re-ran the page's
        // sort for the lines, and the units were a third query.
        var items = await (from bill in query.Include(b => b.Lines).OrderBy(b => b.Period).ThenBy(b => b.UnitId).Skip(page.Skip).Take(page.Size)
                           join unit in services.Db.Units on bill.UnitId equals unit.Id into units
                           from unit in units.DefaultIfEmpty()
                           orderby bill.Period, bill.UnitId
                           select new { bill, unit })
            .AsSingleQuery().ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResult<BillResponse>([.. items.Select(i => BillResponse.From(i.bill, i.unit))], page.Number, page.Size, total));
    }

    /// <summary>
    /// The list as XLSX, with the list's filters and order: every matching bill, or 422 when more than
    /// <see cref="BillExportOptions.MaxRows"/> match (never silently cut).
    /// </summary>
    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportBills(
        Guid estateId, [AsParameters] BillFilter filter, IOptions<BillExportOptions> options, [AsParameters] BillingServices services,
        CancellationToken cancellationToken)
    {
        var bills = filter.Apply(services.Db, estateId);
        var count = await bills.CountAsync(cancellationToken);
        var max = options.Value.MaxRows;
        if (count > max)
        {
            throw new DomainException("bill_export.too_many_rows",
                new($"符合条件的账单有 {count} 张，超过导出上限 {max} 张，请按账期、楼栋或状态缩小范围",
                    $"{count} bills match, more than the {max} an export holds; narrow the list by period, building or status"));
        }
        var rows = await (from bill in bills
                          join unit in services.Db.Units on bill.UnitId equals unit.Id into units
                          from unit in units.DefaultIfEmpty()
                          orderby bill.Period, bill.UnitId
                          select new BillsWorkbook.Row(bill.Period, unit == null ? null : unit.BuildingCode, unit == null ? null : unit.Entrance,
                              unit == null ? null : unit.Number, bill.Amount, bill.AdjustedAmount, bill.LateFeeCharged, bill.PaidAmount, bill.DueDate))
            .ToListAsync(cancellationToken);
        var bytes = await BillsWorkbook.WriteAsync(rows, cancellationToken);
        var day = EstateCalendar.Day(services.Clock.GetUtcNow());
        return TypedResults.File(bytes, ArrearsWorkbook.ContentType, $"bills-{day:yyyyMMdd}.xlsx");
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
