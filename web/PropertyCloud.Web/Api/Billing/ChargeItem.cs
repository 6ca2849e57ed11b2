namespace PropertyCloud.Web.Api.Billing;

/// <summary>A charge item (收费项目) of an estate: what is charged and at which rate (per m², per unit of consumption, per space).</summary>
public sealed record ChargeItem(Guid Id, string Name, string Kind, decimal Rate, IReadOnlyList<PriceTier> Tiers, bool Active);

/// <summary>A step of a tiered price: the rate up to a consumption (the last step has none).</summary>
public sealed record PriceTier(decimal? UpTo, decimal Rate);

/// <summary>A new charge item, or a revised one.</summary>
public sealed record ChargeItemRequest(string Name, string Kind, decimal Rate, IReadOnlyList<PriceTier>? Tiers);
