using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyCloud.Repairs.Api.Domain.Residents;

namespace PropertyCloud.Repairs.Api.Infrastructure.EntityConfigurations;

internal sealed class ResidentAccountConfiguration : IEntityTypeConfiguration<ResidentAccount>
{
    public void Configure(EntityTypeBuilder<ResidentAccount> account)
    {
        account.HasKey(a => a.PartyId);
        account.Property(a => a.PartyId).ValueGeneratedNever();
        account.Property(a => a.UserId).HasMaxLength(100);
        account.HasIndex(a => new { a.EstateId, a.UserId });
    }
}
