using Microsoft.EntityFrameworkCore;

namespace PropertyCloud.BuildingBlocks.Persistence;

/// <summary>Loads data after migration at start-up (demo data, reference data). Must be idempotent.</summary>
public interface IDatabaseSeeder<in TDbContext> where TDbContext : DbContext
{
    Task SeedAsync(TDbContext db, CancellationToken cancellationToken);
}
