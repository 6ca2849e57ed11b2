using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace PropertyCloud.Billing.Api.Infrastructure;

/// <summary>Lets `dotnet ef migrations add` build the model without starting the service.</summary>
internal sealed class BillingDbDesignTimeFactory : IDesignTimeDbContextFactory<BillingDb>
{
    public BillingDb CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<BillingDb>()
        .UseNpgsql("Host=127.0.0.1;Username=app;Password=app;Database=billing_design")
        .UseSnakeCaseNamingConvention()
        .Options);
}
