namespace PropertyCloud.Web.Api.Billing;

/// <summary>A unit's bill for a period, as finance sees it in the Billing API's bill list.</summary>
public sealed record Bill(Guid Id, Guid UnitId, string Period, decimal Amount, decimal AdjustedAmount, decimal PaidAmount, decimal Outstanding,
    string Status, DateOnly DueDate, string? Unit)
{
    /// <summary>The unit as people name it; the start of its id only if Billing has not heard of the unit yet.</summary>
    public string UnitName => Unit ?? UnitId.ToString()[..8];

    /// <summary>What the bill asks for: its amount with adjustments and late fees (AdjustedAmount holds only those).</summary>
    public decimal Due => Amount + AdjustedAmount;
}
