using Microsoft.EntityFrameworkCore;
using PropertyCloud.Billing.Api.Domain;
using PropertyCloud.Billing.Api.Domain.Dunning;

namespace PropertyCloud.Billing.Api.Apis;

/// <summary>Recorded dunning notices of an estate, by building, step and age of the debt as of today.</summary>
public sealed record DunningNoticeFilter(Guid? UnitId, string? BuildingCode, DunningStep? Step, DebtAge? MinAge);

internal static class DunningNoticeQuery
{
    public static IQueryable<DunningNoticeRow> Of(BillingServices services, Guid estateId, DunningNoticeFilter filter, DateOnly today)
    {
        var query =
            from notice in services.Db.DunningNotices.AsNoTracking()
            join bill in services.Db.Bills.AsNoTracking() on notice.BillId equals bill.Id
            join unit in services.Db.Units.AsNoTracking() on notice.UnitId equals unit.Id
            where notice.EstateId == estateId
            select new { notice, bill.DueDate, unit.BuildingCode, unit.Entrance, unit.Number };
        query = filter.UnitId is { } unitId ? query.Where(r => r.notice.UnitId == unitId) : query;
        query = filter.BuildingCode is { } building ? query.Where(r => r.BuildingCode == building) : query;
        query = filter.Step is { } step ? query.Where(r => r.notice.Step == step) : query;
        if (filter.MinAge is { } age && age > DebtAge.UpTo30Days)
        {
            var latestDue = Bill.LatestDueDateOf(age, today);
            query = query.Where(r => r.DueDate <= latestDue);
        }
        return query.OrderBy(r => r.BuildingCode).ThenBy(r => r.Entrance).ThenBy(r => r.Number).ThenBy(r => r.notice.Period).ThenBy(r => r.notice.Step)
            .Select(r => new DunningNoticeRow(r.notice, r.DueDate, r.BuildingCode, r.Entrance, r.Number));
    }
}

/// <summary>A recorded notice with its unit and the bill's due date.</summary>
internal sealed record DunningNoticeRow(DunningNotice Notice, DateOnly DueDate, string BuildingCode, string Entrance, string Number)
{
    public DunningNoticeResponse ToResponse(DateOnly today) => new(Notice.Id, Notice.UnitId, Notice.BillId, Notice.Period, Notice.Step,
        Notice.DaysOverdue, Notice.AmountOwed, Notice.LateFee, Notice.IssuedAt, BuildingCode, Entrance, Number, Bill.AgeOf(DueDate, today));
}
