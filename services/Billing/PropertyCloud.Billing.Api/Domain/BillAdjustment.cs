namespace PropertyCloud.Billing.Api.Domain;

/// <summary>A correction to an issued bill: positive adds a charge, negative is a credit note (贷项通知).</summary>
public sealed class BillAdjustment
{
    public Guid Id { get; private set; }
    public Guid EstateId { get; private set; }
    public Guid BillId { get; private set; }
    public decimal Amount { get; private set; }
    public string Reason { get; private set; } = "";
    public DateTimeOffset AdjustedAt { get; private set; }

    /// <summary>For a late fee (滞纳金): the month (yyyy-MM) it was assessed in; unique per bill, so a bill gets one a month.</summary>
    public string? LateFeeMonth { get; private set; }

    private BillAdjustment() { }

    public static BillAdjustment Of(Bill bill, decimal amount, string reason, DateTimeOffset now)
    {
        bill.Adjust(amount);
        return new() { Id = Guid.CreateVersion7(), EstateId = bill.EstateId, BillId = bill.Id, Amount = amount, Reason = reason, AdjustedAt = now };
    }

    /// <summary>The late fee assessed on <paramref name="today"/> (already added to the bill by <see cref="Bill.AssessLateFee"/>).</summary>
    public static BillAdjustment LateFee(Bill bill, decimal amount, DateOnly today, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        EstateId = bill.EstateId,
        BillId = bill.Id,
        Amount = amount,
        Reason = $"滞纳金 Late fee {bill.Period}, to {today:yyyy-MM-dd}",
        AdjustedAt = now,
        LateFeeMonth = $"{today:yyyy-MM}",
    };

    public bool IsLateFee => LateFeeMonth is not null;
}
