using PropertyCloud.Billing.Api.Infrastructure;
using PropertyCloud.BuildingBlocks.Security;

namespace PropertyCloud.Billing.Api.Apis;

/// <summary>What billing's endpoints need, gathered for [AsParameters].</summary>
public sealed record BillingServices(BillingDb Db, CurrentUser User, TimeProvider Clock);
