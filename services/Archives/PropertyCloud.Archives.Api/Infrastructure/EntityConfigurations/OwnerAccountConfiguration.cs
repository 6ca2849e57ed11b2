using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyCloud.Archives.Api.Domain.Owners;

namespace PropertyCloud.Archives.Api.Infrastructure.EntityConfigurations;

internal sealed class OwnerAccountConfiguration : IEntityTypeConfiguration<OwnerAccount>
{
    public void Configure(EntityTypeBuilder<OwnerAccount> account)
    {
        account.HasKey(a => a.OwnerId);
        account.Property(a => a.OwnerId).ValueGeneratedNever();
        account.Property(a => a.UserId).HasMaxLength(200);
        account.HasIndex(a => new { a.UserId, a.EstateId });
    }
}
