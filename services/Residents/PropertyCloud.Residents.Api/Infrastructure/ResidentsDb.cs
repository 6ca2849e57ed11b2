using Microsoft.EntityFrameworkCore;
using PropertyCloud.BuildingBlocks.EventBus;
using PropertyCloud.Residents.Api.Domain;

namespace PropertyCloud.Residents.Api.Infrastructure;

/// <summary>The Residents service's own database: the register of estates, buildings and units.</summary>
public sealed class ResidentsDb(DbContextOptions<ResidentsDb> options) : DbContext(options)
{
    public DbSet<Estate> Estates => Set<Estate>();
    public DbSet<Building> Buildings => Set<Building>();
    public DbSet<Unit> Units => Set<Unit>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ResidentsDb).Assembly);
        modelBuilder.AddEventBusTables();
    }
}
