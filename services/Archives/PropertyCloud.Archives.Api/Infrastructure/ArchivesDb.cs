using Microsoft.EntityFrameworkCore;
using PropertyCloud.Archives.Api.Domain;
using PropertyCloud.BuildingBlocks.EventBus;

namespace PropertyCloud.Archives.Api.Infrastructure;

/// <summary>The Archives service's own database.</summary>
public sealed class ArchivesDb(DbContextOptions<ArchivesDb> options) : DbContext(options)
{
    public DbSet<CustomerFile> CustomerFiles => Set<CustomerFile>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ArchivesDb).Assembly);
        modelBuilder.AddEventBusTables();
    }
}
