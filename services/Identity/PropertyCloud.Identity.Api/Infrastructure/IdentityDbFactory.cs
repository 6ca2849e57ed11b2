using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace PropertyCloud.Identity.Api.Infrastructure;

/// <summary>Lets dotnet-ef create migrations without starting the service.</summary>
public sealed class IdentityDbFactory : IDesignTimeDbContextFactory<IdentityDb>
{
    public IdentityDb CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<IdentityDb>()
            .UseNpgsql("Host=127.0.0.1;Username=app;Password=app;Database=identity_design")
            .UseSnakeCaseNamingConvention()
            .Options;
        return new IdentityDb(options);
    }
}
