namespace PropertyCloud.Web.Api.Billing;

/// <summary>A bill of a unit the signed-in owner or tenant lives in, as the Billing API returns it.</summary>
public sealed record MyBill(Guid Id, Guid UnitId, string Period, decimal Amount, decimal AdjustedAmount, decimal PaidAmount,
    decimal Outstanding, string Status, DateOnly DueDate)
{
    /// <summary>What the bill asks for: its amount with adjustments and late fees (AdjustedAmount holds only those).</summary>
    public decimal Due => Amount + AdjustedAmount;
}
