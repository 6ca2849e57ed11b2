using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace PropertyCloud.Repairs.Api.Infrastructure;

/// <summary>Lets `dotnet ef migrations add` build the model without starting the service.</summary>
internal sealed class RepairsDbDesignTimeFactory : IDesignTimeDbContextFactory<RepairsDb>
{
    public RepairsDb CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<RepairsDb>()
        .UseNpgsql("Host=127.0.0.1;Username=app;Password=app;Database=repairs_design")
        .UseSnakeCaseNamingConvention()
        .Options);
}
