using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyCloud.Archives.Api.Domain.Audit;

namespace PropertyCloud.Archives.Api.Infrastructure.EntityConfigurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> entry)
    {
        entry.HasKey(e => e.Sequence);
        entry.Property(e => e.Sequence).ValueGeneratedNever();
        entry.Property(e => e.Action).HasMaxLength(64);
        entry.Property(e => e.ActorId).HasMaxLength(100);
        entry.Property(e => e.ActorName).HasMaxLength(100);
        entry.Property(e => e.Details).HasMaxLength(1000);
        entry.Property(e => e.PreviousHash).HasMaxLength(64).IsFixedLength();
        entry.Property(e => e.Hash).HasMaxLength(64).IsFixedLength();
        entry.HasIndex(e => new { e.EstateId, e.SubjectId });
    }
}
