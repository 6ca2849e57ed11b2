using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace PropertyCloud.Residents.Api.Infrastructure;

/// <summary>Lets `dotnet ef migrations add` build the model without starting the service.</summary>
internal sealed class ResidentsDbDesignTimeFactory : IDesignTimeDbContextFactory<ResidentsDb>
{
    public ResidentsDb CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<ResidentsDb>()
        .UseNpgsql("Host=127.0.0.1;Username=app;Password=app;Database=residents_design")
        .UseSnakeCaseNamingConvention()
        .Options);
}
