using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyCloud.Archives.Api.Domain.Destruction;

namespace PropertyCloud.Archives.Api.Infrastructure.EntityConfigurations;

internal sealed class DestructionBatchConfiguration : IEntityTypeConfiguration<DestructionBatch>
{
    public void Configure(EntityTypeBuilder<DestructionBatch> batch)
    {
        batch.HasKey(b => b.Id);
        batch.Property(b => b.Status).HasConversion<string>().HasMaxLength(20);
        batch.Property(b => b.ProposedBy).HasMaxLength(100);
        batch.Property(b => b.ApprovedBy).HasMaxLength(100);
        batch.Property(b => b.ActedBy).HasMaxLength(100);
        batch.Property(b => b.WitnessedBy).HasMaxLength(100);
        batch.Property(b => b.ProposedByName).HasMaxLength(100);
        batch.Property(b => b.ApprovedByName).HasMaxLength(100);
        batch.Property(b => b.ActedByName).HasMaxLength(100);
        batch.Property(b => b.WitnessedByName).HasMaxLength(100);
        batch.Property<uint>("Version").IsRowVersion();
        batch.HasIndex(b => new { b.EstateId, b.Status });
        // The register's list, newest first, with or without a status.
        batch.HasIndex(b => new { b.EstateId, b.ProposedAt });
    }
}
