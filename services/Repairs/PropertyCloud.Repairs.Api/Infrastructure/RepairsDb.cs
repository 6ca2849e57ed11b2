using Microsoft.EntityFrameworkCore;
using PropertyCloud.BuildingBlocks.EventBus;

namespace PropertyCloud.Repairs.Api.Infrastructure;

/// <summary>The Repairs service's own database.</summary>
public sealed class RepairsDb(DbContextOptions<RepairsDb> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(RepairsDb).Assembly);
        modelBuilder.AddEventBusTables();
    }
}
