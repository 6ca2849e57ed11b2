using Microsoft.EntityFrameworkCore;
using PropertyCloud.BuildingBlocks.EventBus;

namespace PropertyCloud.Billing.Api.Infrastructure;

/// <summary>The Billing service's own database.</summary>
public sealed class BillingDb(DbContextOptions<BillingDb> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(BillingDb).Assembly);
        modelBuilder.AddEventBusTables();
    }
}
