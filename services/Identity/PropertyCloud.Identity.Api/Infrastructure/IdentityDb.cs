using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using OpenIddict.EntityFrameworkCore.Models;

namespace PropertyCloud.Identity.Api.Infrastructure;

/// <summary>
/// Users and roles (ASP.NET Core Identity), OpenIddict's applications, authorizations, scopes and tokens,
/// and the keys every instance shares: token signing/encryption and the data protection key ring
/// (login cookie, anti-forgery).
/// </summary>
public sealed class IdentityDb(DbContextOptions<IdentityDb> options)
    : IdentityDbContext<ApplicationUser, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    public DbSet<SigningKey> SigningKeys => Set<SigningKey>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<UserAuditEntry> UserAudit => Set<UserAuditEntry>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.UseOpenIddict<Guid>();

        // Identity and OpenIddict name their tables explicitly, which the snake_case convention leaves alone.
        builder.Entity<ApplicationUser>().ToTable("users");
        builder.Entity<IdentityRole<Guid>>().ToTable("roles");
        builder.Entity<IdentityUserRole<Guid>>().ToTable("user_roles");
        builder.Entity<IdentityUserClaim<Guid>>().ToTable("user_claims");
        builder.Entity<IdentityUserLogin<Guid>>().ToTable("user_logins");
        builder.Entity<IdentityUserToken<Guid>>().ToTable("user_tokens");
        builder.Entity<IdentityRoleClaim<Guid>>().ToTable("role_claims");
        builder.Entity<OpenIddictEntityFrameworkCoreApplication<Guid>>().ToTable("openiddict_applications");
        builder.Entity<OpenIddictEntityFrameworkCoreAuthorization<Guid>>().ToTable("openiddict_authorizations");
        builder.Entity<OpenIddictEntityFrameworkCoreScope<Guid>>().ToTable("openiddict_scopes");
        builder.Entity<OpenIddictEntityFrameworkCoreToken<Guid>>().ToTable("openiddict_tokens");

        builder.Entity<ApplicationUser>().Property(u => u.DisplayName).HasMaxLength(100);
        builder.Entity<ApplicationUser>().Ignore(u => u.Disabled);
        builder.Entity<UserAuditEntry>(entry =>
        {
            entry.ToTable("user_audit");
            entry.Property(e => e.Id).ValueGeneratedNever();
            entry.Property(e => e.ActorId).HasMaxLength(100);
            entry.Property(e => e.ActorName).HasMaxLength(256);
            entry.Property(e => e.Action).HasMaxLength(32);
            entry.Property(e => e.UserName).HasMaxLength(256);
            entry.HasIndex(e => new { e.UserId, e.At });
        });
        builder.Entity<DataProtectionKey>().ToTable("data_protection_keys");
        builder.Entity<SigningKey>(key =>
        {
            key.ToTable("signing_keys");
            key.Property(k => k.Use).HasMaxLength(3);
            key.HasIndex(k => k.Use);
        });
    }
}
