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

    /// <summary>The late fees (滞纳金) charged on the bill so far, included in <see cref="AdjustedAmount"/>.</summary>
    public decimal LateFeeCharged { get; private set; }

    /// <summary>The (China) day late fees were last assessed on the bill; at most once a calendar month.</summary>
    public DateOnly? LateFeeAssessedOn { get; private set; }

    /// <summary>The (China) day money was last paid towards the bill.</summary>
    public DateOnly? LastPaidOn { get; private set; }

    /// <summary>The highest rung of the dunning ladder sent for the bill so far; null before the first.</summary>
    public Dunning.DunningStep? LastDunningStep { get; private set; }

    /// <summary>When the bill was first found past due with money owed (BillOverdue raised then, once).</summary>
    public DateTimeOffset? OverdueAt { get; private set; }
    public List<BillLine> Lines { get; private set; } = [];

    public decimal Outstanding => Amount + AdjustedAmount - PaidAmount;

    /// <summary>What the bill charges without its late fees: the base late fees accrue on.</summary>
    public decimal Principal => Amount + AdjustedAmount - LateFeeCharged;

    public BillStatus Status => Outstanding <= 0 ? BillStatus.Paid : PaidAmount > 0 ? BillStatus.PartlyPaid : BillStatus.Open;

    private Bill() { }

    /// <summary>Prices every active charge item for the unit; null when nothing is chargeable.</summary>
    /// <param name="unitCharges">The unit's parking spaces and pending one-off fees, priced by their item in <paramref name="items"/>.</param>
    /// <param name="repairCharges">The unit's chargeable repairs not billed yet, one line each.</param>
    /// <param name="parking">
    /// The unit's parking spaces from Residents: a rented one at the estate's first <see cref="ChargeKind.Parking"/> item
    /// (rent), a sold one at its first <see cref="ChargeKind.ParkingManagementFee"/> item (by name), prorated by the days held.
    /// </param>
    /// <remarks>
    /// A space is billed once: when Residents' register charges the unit a space in the period, the unit's parking items
    /// of that kind put on by hand (<see cref="ParkingChargedByHand"/>: rent for a rented space, the management fee for a
    /// sold one) are not billed — the register names each space, a hand-entered quantity does not, so the register wins.
    /// Putting a parking item on a unit that holds a registered space is refused in the first place (409).
    /// </remarks>
    public static Bill? Issue(Guid billRunId, BillableUnit unit, BillingPeriod period, IReadOnlyList<ChargeItem> items,
        IReadOnlyDictionary<MeterKind, decimal> consumption, DateTimeOffset now, IEnumerable<UnitCharge>? unitCharges = null,
        IEnumerable<RepairCharge>? repairCharges = null, IEnumerable<Parking.ParkingAssignment>? parking = null)
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
        var registeredSpaces = (parking ?? []).Select(space => (Space: space, Days: space.ChargedDaysIn(period)))
            .Where(s => s.Days > 0).ToList();
        var registeredKinds = registeredSpaces.Select(s => s.Space.ChargedAs).ToHashSet();
        foreach (var charge in unitCharges ?? [])
        {
            if (items.FirstOrDefault(i => i.Id == charge.ChargeItemId) is { } item && !(ParkingChargedByHand(item.Kind) && registeredKinds.Contains(item.Kind)))
            {
                bill.Lines.Add(BillLine.Charge(bill.Id, item, charge.Quantity, Money.ToFen(charge.Quantity * item.Rate)));
            }
        }
        foreach (var (space, days) in registeredSpaces.OrderBy(s => s.Space.SpaceCode, StringComparer.Ordinal))
        {
            if (items.FirstOrDefault(i => i.Kind == space.ChargedAs) is { } item)
            {
                bill.Lines.Add(BillLine.Parking(bill.Id, item, space.SpaceCode, days, period.Days));
            }
        }
        foreach (var charge in repairCharges ?? [])
        {
            bill.Lines.Add(BillLine.Repair(bill.Id, charge));
        }
        bill.Amount = bill.Lines.Sum(l => l.Amount);
        return bill.Lines.Count == 0 ? null : bill;
    }

    /// <summary>Whether an item of <paramref name="kind"/> charges parking spaces (rent or management fee) when put on a unit by hand.</summary>
    public static bool ParkingChargedByHand(ChargeKind kind) => kind is ChargeKind.Parking or ChargeKind.ParkingManagementFee;

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

    /// <summary>Whether <paramref name="step"/> is a higher rung than any sent; if so it becomes the last one sent.</summary>
    public bool ClimbTo(Dunning.DunningStep step)
    {
        if (LastDunningStep is { } last && step <= last)
        {
            return false;
        }
        LastDunningStep = step;
        return true;
    }

    /// <summary>
    /// Records a late-fee assessment on <paramref name="today"/>: <paramref name="accrued"/> is the bill's whole accrual so far,
    /// so only what is not charged yet is added; returns that amount (0 when nothing is new).
    /// </summary>
    public decimal AssessLateFee(decimal accrued, DateOnly today)
    {
        LateFeeAssessedOn = today;
        var due = Math.Max(0, accrued - LateFeeCharged);
        AdjustedAmount += due;
        LateFeeCharged += due;
        return due;
    }

    /// <summary>Whether late fees were already assessed in <paramref name="today"/>'s calendar month.</summary>
    public bool LateFeeAssessedInMonthOf(DateOnly today) =>
        LateFeeAssessedOn is { } on && on.Year == today.Year && on.Month == today.Month;

    public static DebtAge AgeOf(DateOnly dueDate, DateOnly today) => (today.DayNumber - dueDate.DayNumber) switch
    {
        <= 30 => DebtAge.UpTo30Days,
        <= 90 => DebtAge.UpTo90Days,
        <= 180 => DebtAge.UpTo180Days,
        _ => DebtAge.Over180Days,
    };

    /// <summary>The latest due date of a debt at least <paramref name="age"/> old on <paramref name="today"/> (<see cref="AgeOf"/> inverted).</summary>
    public static DateOnly LatestDueDateOf(DebtAge age, DateOnly today) => today.AddDays(-(age switch
    {
        DebtAge.UpTo30Days => 0,
        DebtAge.UpTo90Days => 31,
        DebtAge.UpTo180Days => 91,
        _ => 181,
    }));

    internal decimal TakePayment(decimal available, DateOnly on)
    {
        var taken = Math.Min(available, Outstanding);
        PaidAmount += taken;
        LastPaidOn = on;
        return taken;
    }

    internal void GiveBack(decimal amount) => PaidAmount -= amount;
}
