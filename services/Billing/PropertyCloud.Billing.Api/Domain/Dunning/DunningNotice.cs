namespace PropertyCloud.Billing.Api.Domain.Dunning;

/// <summary>A rung of the ladder sent for one overdue bill (催费记录); each step at most once per bill.</summary>
public sealed class DunningNotice
{
    public Guid Id { get; private set; }
    public Guid EstateId { get; private set; }
    public Guid UnitId { get; private set; }
    public Guid BillId { get; private set; }
    public string Period { get; private set; } = "";
    public DunningStep Step { get; private set; }
    public int DaysOverdue { get; private set; }
    public decimal AmountOwed { get; private set; }
    public decimal LateFee { get; private set; }
    public DateTimeOffset IssuedAt { get; private set; }

    private DunningNotice() { }

    public static DunningNotice Issue(Bill bill, DunningStep step, int daysOverdue, decimal lateFee, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        EstateId = bill.EstateId,
        UnitId = bill.UnitId,
        BillId = bill.Id,
        Period = bill.Period,
        Step = step,
        DaysOverdue = daysOverdue,
        AmountOwed = bill.Outstanding,
        LateFee = lateFee,
        IssuedAt = now,
    };
}
