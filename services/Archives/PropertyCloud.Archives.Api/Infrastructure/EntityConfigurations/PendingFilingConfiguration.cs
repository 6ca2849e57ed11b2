using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyCloud.Archives.Api.Domain.Filing;

namespace PropertyCloud.Archives.Api.Infrastructure.EntityConfigurations;

internal sealed class PendingFilingConfiguration : IEntityTypeConfiguration<PendingFiling>
{
    public void Configure(EntityTypeBuilder<PendingFiling> pending)
    {
        pending.HasKey(p => p.Id);
        pending.Property(p => p.RecordType).HasMaxLength(64);
        pending.Property(p => p.Category).HasConversion<string>().HasMaxLength(32);
        pending.Property(p => p.Title).HasMaxLength(200);
        pending.Property(p => p.Details).HasColumnType("jsonb");
        pending.HasIndex(p => new { p.SourceEventId, p.RecordType }).IsUnique();
        pending.HasIndex(p => p.UnitId);
    }
}
