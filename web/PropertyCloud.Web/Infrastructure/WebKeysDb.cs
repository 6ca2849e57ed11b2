using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace PropertyCloud.Web.Infrastructure;

/// <summary>
/// The console's data-protection key ring ("webdb"): every replica reads and writes the same keys, so a session
/// cookie, an anti-forgery token or a sign-in's correlation cookie made by one replica is valid at another.
/// </summary>
public sealed class WebKeysDb(DbContextOptions<WebKeysDb> options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
}
