using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Billing.Api.Domain;

/// <summary>A month of an estate's books that finance closed (月结); one row per estate and period.</summary>
public sealed class ClosedPeriod
{
    public Guid EstateId { get; private set; }
    public string Period { get; private set; } = "";
    public DateTimeOffset ClosedAt { get; private set; }
    public string ClosedBy { get; private set; } = "";

    private ClosedPeriod() { }

    /// <summary>Only a month that has ended can be closed.</summary>
    public static ClosedPeriod Close(Guid estateId, BillingPeriod period, string closedBy, DateTimeOffset now)
    {
        var today = EstateCalendar.Day(now);
        if (string.CompareOrdinal(period.ToString(), new BillingPeriod(today.Year, today.Month).ToString()) >= 0)
        {
            throw new DomainException("period.not_ended",
                new($"{period} 尚未结束，不能月结", $"{period} has not ended yet and cannot be closed"), "period");
        }
        return new ClosedPeriod { EstateId = estateId, Period = period.ToString(), ClosedBy = closedBy, ClosedAt = now };
    }
}
