namespace PropertyCloud.Billing.Contracts;

/// <summary>How much of a payment went to one bill.</summary>
public sealed record CoveredBill(Guid BillId, string Period, decimal Amount);
