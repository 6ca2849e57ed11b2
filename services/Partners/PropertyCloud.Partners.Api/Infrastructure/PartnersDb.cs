using Microsoft.EntityFrameworkCore;
using PropertyCloud.BuildingBlocks.EventBus;
using PropertyCloud.Partners.Api.Domain;

namespace PropertyCloud.Partners.Api.Infrastructure;

/// <summary>The Partners service's own database: partners, the public events and their deliveries.</summary>
public sealed class PartnersDb(DbContextOptions<PartnersDb> options) : DbContext(options)
{
    public DbSet<Partner> Partners => Set<Partner>();
    public DbSet<PublicEvent> PublicEvents => Set<PublicEvent>();
    public DbSet<Delivery> Deliveries => Set<Delivery>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PartnersDb).Assembly);
        modelBuilder.AddEventBusTables();
    }
}
