using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyCloud.Archives.Api.Domain.Audit;

namespace PropertyCloud.Archives.Api.Infrastructure.EntityConfigurations;

internal sealed class AuditChainHeadConfiguration : IEntityTypeConfiguration<AuditChainHead>
{
    public void Configure(EntityTypeBuilder<AuditChainHead> head)
    {
        head.HasKey(h => h.Id);
        head.Property(h => h.Id).ValueGeneratedNever();
        head.Property(h => h.LastHash).HasMaxLength(64).IsFixedLength();
        head.HasData(new { Id = AuditChainHead.SingletonId, LastSequence = 0L, LastHash = AuditEntry.GenesisHash });
    }
}
