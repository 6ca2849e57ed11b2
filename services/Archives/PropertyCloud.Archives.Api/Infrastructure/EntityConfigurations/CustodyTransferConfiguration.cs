using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyCloud.Archives.Api.Domain.Custody;

namespace PropertyCloud.Archives.Api.Infrastructure.EntityConfigurations;

internal sealed class CustodyTransferConfiguration : IEntityTypeConfiguration<CustodyTransfer>
{
    public void Configure(EntityTypeBuilder<CustodyTransfer> transfer)
    {
        transfer.HasKey(t => t.Id);
        transfer.Property(t => t.FromId).HasMaxLength(100);
        transfer.Property(t => t.FromName).HasMaxLength(100);
        transfer.Property(t => t.ToId).HasMaxLength(100);
        transfer.Property(t => t.ToName).HasMaxLength(100);
        transfer.Property(t => t.RecordedBy).HasMaxLength(100);
        transfer.Property(t => t.Note).HasMaxLength(500);
        transfer.Property(t => t.FileIds).HasColumnType("uuid[]");
        transfer.Ignore(t => t.IsComplete);
        // Both custodians confirming at the same moment: one retries instead of overwriting the other's signature.
        transfer.Property<uint>("Version").IsRowVersion();
        transfer.HasIndex(t => new { t.EstateId, t.RecordedAt });
    }
}
