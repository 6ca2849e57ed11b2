namespace PropertyCloud.Web.Api.Billing;

/// <summary>A unit's bill for a period, as finance sees it in the Billing API's bill list.</summary>
public sealed record Bill(Guid Id, Guid UnitId, string Period, decimal AdjustedAmount, decimal PaidAmount, decimal Outstanding,
    string Status, DateOnly DueDate);
