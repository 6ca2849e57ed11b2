namespace PropertyCloud.Billing.Api.Domain;

/// <summary>One step of a tiered price (阶梯价): consumption up to <see cref="UpTo"/> (null: no limit) at <see cref="Rate"/>.</summary>
public sealed record PriceTier(decimal? UpTo, decimal Rate);
