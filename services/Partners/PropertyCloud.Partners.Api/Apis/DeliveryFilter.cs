using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.Partners.Api.Domain;
using PropertyCloud.Partners.Api.Infrastructure;

namespace PropertyCloud.Partners.Api.Apis;

/// <summary>
/// The delivery log's filters, shared by the list and its export: a status, and the estates' local days the events
/// happened on, <see cref="From"/> and <see cref="To"/> both included.
/// </summary>
public sealed record DeliveryFilter(DeliveryStatus? Status, DateOnly? From, DateOnly? To)
{
    public IQueryable<Delivery> Apply(PartnersDb db, Guid partnerId)
    {
        Check(From, "from");
        Check(To, "to");
        if (From > To)
        {
            throw new DomainException("deliveries.range_reversed", new("结束日期不能早于开始日期", "The end date cannot be before the start date"), "to");
        }
        var query = db.Deliveries.Where(d => d.PartnerId == partnerId);
        if (Status is { } status)
        {
            query = query.Where(d => d.Status == status);
        }
        if (From is { } from)
        {
            var start = EstateCalendar.StartOf(from);
            query = query.Where(d => d.OccurredAt >= start);
        }
        if (To is { } to)
        {
            var end = EstateCalendar.StartOf(to.AddDays(1));
            query = query.Where(d => d.OccurredAt < end);
        }
        return query;
    }

    private static void Check(DateOnly? day, string field)
    {
        if (day < EstateCalendar.EarliestDay || day > EstateCalendar.LatestDay)
        {
            throw new DomainException("deliveries.day_out_of_range",
                new($"日期须在 {EstateCalendar.EarliestDay:yyyy-MM-dd} 至 {EstateCalendar.LatestDay:yyyy-MM-dd} 之间",
                    $"The day must be between {EstateCalendar.EarliestDay:yyyy-MM-dd} and {EstateCalendar.LatestDay:yyyy-MM-dd}"), field);
        }
    }
}
