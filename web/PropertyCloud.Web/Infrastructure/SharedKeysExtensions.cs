using Microsoft.AspNetCore.DataProtection;
using PropertyCloud.BuildingBlocks.Persistence;

namespace PropertyCloud.Web.Infrastructure;

internal static class SharedKeysExtensions
{
    public const string ApplicationName = "PropertyCloud.Web";

    /// <summary>
    /// Keeps the data-protection keys in PostgreSQL ("webdb") when that database is configured, so that web replicas
    /// share them; without it (a single instance started on its own) the keys stay in the default local key ring.
    /// </summary>
    public static void AddSharedDataProtectionKeys(this IHostApplicationBuilder builder)
    {
        var protection = builder.Services.AddDataProtection().SetApplicationName(ApplicationName);
        if (builder.Configuration.GetConnectionString("webdb") is { Length: > 0 })
        {
            builder.AddServiceDatabase<WebKeysDb>("webdb");
            protection.PersistKeysToDbContext<WebKeysDb>();
        }
    }
}
