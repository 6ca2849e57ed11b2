using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PropertyCloud.Billing.Api.Domain;
using PropertyCloud.Billing.Api.Extensions;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Billing.Api.Apis;

/// <summary>Who owes what, and for how long: the list finance works through when sending dunning notices.</summary>
public static class DunningApi
{
    public static RouteGroupBuilder MapDunningApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/billing/estates/{estateId:guid}/dunning").WithTags("Dunning")
            .RequireAuthorization(BillingPolicies.ReadBilling);
        api.MapGet("/", GetDunningList);
        return api;
    }

    public static async Task<Results<Ok<DunningListResponse>, ProblemHttpResult>> GetDunningList(
        Guid estateId, string? buildingCode, DebtAge? minAge, [AsParameters] BillingServices services, CancellationToken cancellationToken)
    {
        var today = EstateCalendar.Day(services.Clock.GetUtcNow());
        var query =
            from bill in services.Db.Bills.AsNoTracking()
            join unit in services.Db.Units.AsNoTracking() on bill.UnitId equals unit.Id
            where bill.EstateId == estateId && bill.DueDate < today && bill.Amount + bill.AdjustedAmount - bill.PaidAmount > 0
            select new { unit.Id, unit.BuildingCode, unit.Entrance, unit.Number, bill.DueDate, Owed = bill.Amount + bill.AdjustedAmount - bill.PaidAmount };
        if (buildingCode is not null)
        {
            query = query.Where(r => r.BuildingCode == buildingCode);
        }
        var rows = await query.ToListAsync(cancellationToken);

        var entries = rows.GroupBy(r => r.Id)
            .Select(g =>
            {
                var first = g.First();
                var oldest = g.Min(r => r.DueDate);
                return new DunningEntry(g.Key, first.BuildingCode, first.Entrance, first.Number, g.Count(), g.Sum(r => r.Owed),
                    oldest, today.DayNumber - oldest.DayNumber, Bill.AgeOf(oldest, today));
            })
            .Where(e => minAge is null || e.Age >= minAge)
            .OrderByDescending(e => e.DaysOverdue).ThenBy(e => e.BuildingCode).ThenBy(e => e.Number)
            .ToList();
        var summary = entries.GroupBy(e => (e.BuildingCode, e.Age))
            .Select(g => new DunningSummaryRow(g.Key.BuildingCode, g.Key.Age, g.Count(), g.Sum(e => e.AmountOwed)))
            .OrderBy(s => s.BuildingCode).ThenBy(s => s.Age)
            .ToList();
        return TypedResults.Ok(new DunningListResponse(estateId, today, entries, summary));
    }
}
