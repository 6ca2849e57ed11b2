using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PropertyCloud.Billing.Api.Domain;
using PropertyCloud.Billing.Api.Extensions;
using PropertyCloud.Billing.Api.Infrastructure;
using PropertyCloud.Billing.Api.Printables;
using PropertyCloud.BuildingBlocks.Spreadsheets;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Billing.Api.Apis;

/// <summary>Charges against collections by month and year (收缴率), per estate and for the whole group; XLSX export.</summary>
public static class StatisticsApi
{
    private static readonly LocalizedText[] StatisticsColumns =
    [
        new("账期", "Period"), new("账单数", "Bills"), new("应收", "Charged"), new("实收", "Collected"), new("欠费", "Arrears"),
        new("收缴率", "Collection rate"),
    ];

    public static IEndpointRouteBuilder MapStatisticsApi(this IEndpointRouteBuilder app)
    {
        var estate = app.MapGroup("api/billing/estates/{estateId:guid}/statistics").WithTags("Statistics")
            .RequireAuthorization(BillingPolicies.ReadBilling);
        estate.MapGet("/", GetEstateStatistics);
        estate.MapGet("/export", ExportEstateStatistics);
        app.MapGroup("api/billing/statistics").WithTags("Statistics").RequireAuthorization(BillingPolicies.GroupStatistics)
            .MapGet("/", GetGroupStatistics);
        return app;
    }

    /// <summary>An estate's year by month, building, charge kind and charge item; with <c>month</c>, that month alone.</summary>
    public static async Task<Results<Ok<EstateStatisticsResponse>, ProblemHttpResult>> GetEstateStatistics(
        Guid estateId, int year, int? month, string? buildingCode, [AsParameters] BillingServices services, CancellationToken cancellationToken)
    {
        if (month is < 1 or > 12)
        {
            throw new DomainException("statistics.month_invalid", new("month 须在 1 到 12 之间", "month must be between 1 and 12"), "month");
        }
        var prefix = month is null ? $"{year:D4}-" : $"{year:D4}-{month:D2}";
        var bills = services.Db.Bills.AsNoTracking().Where(b => b.EstateId == estateId && b.Period.StartsWith(prefix));
        if (buildingCode is not null)
        {
            var units = services.Db.Units.Where(u => u.EstateId == estateId && u.BuildingCode == buildingCode).Select(u => u.Id);
            bills = bills.Where(b => units.Contains(b.UnitId));
        }
        var months = (await bills.GroupBy(b => b.Period)
                .Select(g => new { Period = g.Key, Bills = g.Count(), Charged = g.Sum(b => b.Amount + b.AdjustedAmount), Collected = g.Sum(b => b.PaidAmount) })
                .ToListAsync(cancellationToken))
            .OrderBy(m => m.Period, StringComparer.Ordinal)
            .Select(m => CollectionFigures.Of(m.Period, m.Bills, m.Charged, m.Collected))
            .ToList();
        var total = CollectionFigures.Of(month is null ? $"{year}" : prefix, months.Sum(m => m.Bills), months.Sum(m => m.Charged), months.Sum(m => m.Collected));
        var buildings = (await (from bill in bills
                                join unit in services.Db.Units on bill.UnitId equals unit.Id
                                group bill by unit.BuildingCode into g
                                select new { Building = g.Key, Bills = g.Count(), Charged = g.Sum(b => b.Amount + b.AdjustedAmount), Collected = g.Sum(b => b.PaidAmount) })
                .ToListAsync(cancellationToken))
            .OrderBy(b => b.Building, StringComparer.Ordinal)
            .Select(b => CollectionFigures.Of(b.Building, b.Bills, b.Charged, b.Collected))
            .ToList();
        var kinds = await services.Db.Set<BillLine>().Where(l => bills.Select(b => b.Id).Contains(l.BillId)).GroupBy(l => l.Kind)
            .Select(g => new ChargedByKind(g.Key, g.Sum(l => l.Amount))).ToListAsync(cancellationToken);
        var items = await ChargeItemCollectionsAsync(services, estateId, prefix, buildingCode, cancellationToken);
        return TypedResults.Ok(new EstateStatisticsResponse(estateId, year, buildingCode, months, total, buildings, [.. kinds.OrderBy(k => k.Kind)], items, month));
    }

    /// <summary>Collections per charge item: each bill's payments split over its parts (<see cref="Collections"/>), summed in SQL.</summary>
    private static async Task<IReadOnlyList<ChargeItemCollections>> ChargeItemCollectionsAsync(
        BillingServices services, Guid estateId, string periodPrefix, string? buildingCode, CancellationToken cancellationToken)
    {
        var rows = await ChargeItemCollectionsQuery.ReadAsync(services.Db, estateId, periodPrefix, buildingCode, cancellationToken);
        var names = await services.Db.ChargeItems.AsNoTracking().Where(i => i.EstateId == estateId).ToDictionaryAsync(i => i.Id, i => i.Name, cancellationToken);
        return [.. rows.Select(r => (Part: (CollectionPart)r.Part, Row: r, Kind: r.Kind is null ? (ChargeKind?)null : Enum.Parse<ChargeKind>(r.Kind)))
            .Select(p => new ChargeItemCollections(p.Part, p.Row.ChargeItemId, PartName(p.Part, p.Row.ChargeItemId, names), p.Kind,
                CollectionFigures.Of(p.Row.ChargeItemId?.ToString() ?? p.Part.ToString(), (int)p.Row.Bills, p.Row.Charged, p.Row.Collected)))
            .OrderBy(c => c.Part).ThenBy(c => c.Kind).ThenBy(c => c.Name, StringComparer.Ordinal)];
    }

    private static string PartName(CollectionPart part, Guid? chargeItemId, IReadOnlyDictionary<Guid, string> names) => part switch
    {
        CollectionPart.ChargeItem when chargeItemId is { } id => names.GetValueOrDefault(id, ""),
        CollectionPart.Repair => "有偿维修",
        CollectionPart.Adjustments => "调整",
        CollectionPart.LateFees => "滞纳金",
        _ => "",
    };

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportEstateStatistics(
        Guid estateId, int year, int? month, string? buildingCode, [AsParameters] BillingServices services, CancellationToken cancellationToken)
    {
        var result = await GetEstateStatistics(estateId, year, month, buildingCode, services, cancellationToken);
        if (result.Result is not Ok<EstateStatisticsResponse> { Value: { } statistics })
        {
            return (ProblemHttpResult)result.Result;
        }
        var bytes = await LocalizedSheet.WriteAsync(new($"{year}收缴统计", $"{year} collections"), StatisticsColumns,
            statistics.Months.Append(statistics.Total).Select(m => new object?[] { m.Label, m.Bills, m.Charged, m.Collected, m.Arrears, m.CollectionRate }),
            cancellationToken);
        return TypedResults.File(bytes, LocalizedSheet.ContentType, $"statistics-{year}.xlsx");
    }

    public static async Task<Results<Ok<GroupStatisticsResponse>, ProblemHttpResult>> GetGroupStatistics(
        int year, [AsParameters] BillingServices services, CancellationToken cancellationToken)
    {
        var prefix = $"{year:D4}-";
        var estates = (await services.Db.Bills.AsNoTracking().Where(b => b.Period.StartsWith(prefix)).GroupBy(b => b.EstateId)
                .Select(g => new { EstateId = g.Key, Bills = g.Count(), Charged = g.Sum(b => b.Amount + b.AdjustedAmount), Collected = g.Sum(b => b.PaidAmount) })
                .ToListAsync(cancellationToken))
            .Select(e => CollectionFigures.Of(e.EstateId.ToString(), e.Bills, e.Charged, e.Collected))
            .OrderBy(e => e.Label, StringComparer.Ordinal)
            .ToList();
        var total = CollectionFigures.Of($"{year}", estates.Sum(e => e.Bills), estates.Sum(e => e.Charged), estates.Sum(e => e.Collected));
        return TypedResults.Ok(new GroupStatisticsResponse(year, estates, total));
    }
}
