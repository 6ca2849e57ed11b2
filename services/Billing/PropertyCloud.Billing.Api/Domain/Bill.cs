using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Billing.Api.Domain;

/// <summary>
/// A unit's bill for one period. Issued bills are never edited: their lines and <see cref="Amount"/> are fixed;
/// corrections are adjustments (credit notes when negative), and payments only add to <see cref="PaidAmount"/>.
/// </summary>
public sealed class Bill
{
    public Guid Id { get; private set; }
    public Guid EstateId { get; private set; }
    public Guid UnitId { get; private set; }
    public Guid BillRunId { get; private set; }
    public string Period { get; private set; } = "";
    public decimal Amount { get; private set; }
    public decimal AdjustedAmount { get; private set; }
    public decimal PaidAmount { get; private set; }
    public DateOnly DueDate { get; private set; }
    public DateTimeOffset IssuedAt { get; private set; }

    /// <summary>When the bill was first found past due with money owed (BillOverdue raised then, once).</summary>
    public DateTimeOffset? OverdueAt { get; private set; }
    public List<BillLine> Lines { get; private set; } = [];

    public decimal Outstanding => Amount + AdjustedAmount - PaidAmount;

    public BillStatus Status => Outstanding <= 0 ? BillStatus.Paid : PaidAmount > 0 ? BillStatus.PartlyPaid : BillStatus.Open;

    private Bill() { }

    /// <summary>Prices every active charge item for the unit; null when nothing is chargeable.</summary>
    /// <param name="unitCharges">The unit's parking spaces and pending one-off fees, priced by their item in <paramref name="items"/>.</param>
    /// <param name="repairCharges">The unit's chargeable repairs not billed yet, one line each.</param>
    public static Bill? Issue(Guid billRunId, BillableUnit unit, BillingPeriod period, IReadOnlyList<ChargeItem> items,
        IReadOnlyDictionary<MeterKind, decimal> consumption, DateTimeOffset now, IEnumerable<UnitCharge>? unitCharges = null,
        IEnumerable<RepairCharge>? repairCharges = null)
    {
        var bill = new Bill
        {
            Id = Guid.CreateVersion7(),
            EstateId = unit.EstateId,
            UnitId = unit.Id,
            BillRunId = billRunId,
            Period = period.ToString(),
            DueDate = period.DueDate(),
            IssuedAt = now,
        };
        foreach (var item in items)
        {
            var quantity = item.Kind switch
            {
                ChargeKind.ManagementFee => unit.BuildingArea,
                ChargeKind.Water => consumption.GetValueOrDefault(MeterKind.Water),
                ChargeKind.Electricity => consumption.GetValueOrDefault(MeterKind.Electricity),
                _ => 0m,
            };
            var amount = item.IsMetered ? item.PriceOf(quantity) : Money.ToFen(quantity * item.Rate);
            if (amount > 0)
            {
                bill.Lines.Add(BillLine.Charge(bill.Id, item, quantity, amount));
            }
        }
        foreach (var charge in unitCharges ?? [])
        {
            if (items.FirstOrDefault(i => i.Id == charge.ChargeItemId) is { } item)
            {
                bill.Lines.Add(BillLine.Charge(bill.Id, item, charge.Quantity, Money.ToFen(charge.Quantity * item.Rate)));
            }
        }
        foreach (var charge in repairCharges ?? [])
        {
            bill.Lines.Add(BillLine.Repair(bill.Id, charge));
        }
        bill.Amount = bill.Lines.Sum(l => l.Amount);
        return bill.Lines.Count == 0 ? null : bill;
    }

    /// <summary>A positive adjustment adds a charge; a negative one is a credit note, at most what is still owed.</summary>
    public void Adjust(decimal amount)
    {
        if (amount == 0 || -amount > Outstanding)
        {
            throw new DomainException("bill.adjustment_out_of_range",
                new($"调整金额必须非零且贷记不超过未付金额（{Outstanding}）", $"An adjustment must be non-zero and a credit may not exceed the amount owed ({Outstanding})"),
                "amount");
        }
        AdjustedAmount += amount;
    }

    public void MarkOverdue(DateTimeOffset now) => OverdueAt ??= now;

    public static DebtAge AgeOf(DateOnly dueDate, DateOnly today) => (today.DayNumber - dueDate.DayNumber) switch
    {
        <= 30 => DebtAge.UpTo30Days,
        <= 90 => DebtAge.UpTo90Days,
        <= 180 => DebtAge.UpTo180Days,
        _ => DebtAge.Over180Days,
    };

    internal decimal TakePayment(decimal available)
    {
        var taken = Math.Min(available, Outstanding);
        PaidAmount += taken;
        return taken;
    }

    internal void GiveBack(decimal amount) => PaidAmount -= amount;
}
