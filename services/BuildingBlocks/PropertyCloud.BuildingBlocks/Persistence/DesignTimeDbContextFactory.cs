using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace PropertyCloud.BuildingBlocks.Persistence;

/// <summary>
/// Lets `dotnet ef migrations add` build a service's model without starting the service, with the same
/// conventions as at run time. Derive once per service: <c>class XDbDesignTimeFactory : DesignTimeDbContextFactory&lt;XDb&gt;;</c>
/// </summary>
public abstract class DesignTimeDbContextFactory<TDbContext> : IDesignTimeDbContextFactory<TDbContext> where TDbContext : DbContext
{
    public TDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<TDbContext>()
            .UseNpgsql($"Host=127.0.0.1;Username=app;Password=app;Database={typeof(TDbContext).Name.ToLowerInvariant()}_design")
            .UseSnakeCaseNamingConvention()
            .Options;
        return (TDbContext)Activator.CreateInstance(typeof(TDbContext), options)!;
    }
}
