using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace PropertyCloud.Archives.Api.Infrastructure;

/// <summary>Lets `dotnet ef migrations add` build the model without starting the service.</summary>
internal sealed class ArchivesDbDesignTimeFactory : IDesignTimeDbContextFactory<ArchivesDb>
{
    public ArchivesDb CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<ArchivesDb>()
        .UseNpgsql("Host=127.0.0.1;Username=app;Password=app;Database=archives_design")
        .UseSnakeCaseNamingConvention()
        .Options);
}
