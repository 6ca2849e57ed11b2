using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyCloud.Residents.Api.Domain.People;

namespace PropertyCloud.Residents.Api.Infrastructure.EntityConfigurations;

internal sealed class CorrectionRequestConfiguration : IEntityTypeConfiguration<CorrectionRequest>
{
    public void Configure(EntityTypeBuilder<CorrectionRequest> correction)
    {
        correction.HasKey(c => c.Id);
        correction.Property(c => c.Field).HasConversion<string>().HasMaxLength(20);
        correction.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        correction.Property(c => c.RequestedValue).HasMaxLength(1000);
        correction.Property(c => c.RequestedValueMasked).HasMaxLength(200);
        correction.Property(c => c.Reason).HasMaxLength(500);
        correction.Property(c => c.DecidedBy).HasMaxLength(100);
        correction.Property(c => c.DecisionNote).HasMaxLength(500);
        correction.HasOne<Owner>().WithMany().HasForeignKey(c => c.OwnerId).OnDelete(DeleteBehavior.Restrict);
        correction.HasIndex(c => new { c.EstateId, c.Status, c.RequestedAt });
        correction.HasIndex(c => c.OwnerId);
    }
}
