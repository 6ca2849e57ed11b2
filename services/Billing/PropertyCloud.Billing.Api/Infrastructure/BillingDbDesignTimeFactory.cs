using PropertyCloud.BuildingBlocks.Persistence;

namespace PropertyCloud.Billing.Api.Infrastructure;

/// <summary>Lets `dotnet ef migrations add` build the model without starting the service.</summary>
internal sealed class BillingDbDesignTimeFactory : DesignTimeDbContextFactory<BillingDb>;
