namespace PropertyCloud.Billing.Api.Domain;

/// <summary>One bill run of an estate for a period; unique per (estate, period), so running it twice creates nothing new.</summary>
public sealed class BillRun
{
    public Guid Id { get; private set; }
    public Guid EstateId { get; private set; }
    public string Period { get; private set; } = "";
    public int BillCount { get; private set; }
    public decimal Total { get; private set; }
    public DateTimeOffset RunAt { get; private set; }

    private BillRun() { }

    public static BillRun Start(Guid estateId, BillingPeriod period, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        EstateId = estateId,
        Period = period.ToString(),
        RunAt = now,
    };

    public void Complete(int billCount, decimal total)
    {
        BillCount = billCount;
        Total = total;
    }
}
