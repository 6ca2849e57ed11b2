using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyCloud.Archives.Api.Domain.Reconciliation;

namespace PropertyCloud.Archives.Api.Infrastructure.EntityConfigurations;

internal sealed class MissingItemConfiguration : IEntityTypeConfiguration<MissingItem>
{
    public void Configure(EntityTypeBuilder<MissingItem> item)
    {
        item.HasKey(i => i.Id);
        item.Property(i => i.Month).HasMaxLength(7);
        item.Property(i => i.Title).HasMaxLength(200);
        item.Property(i => i.IndexNumber).HasMaxLength(80);
        item.Property(i => i.Note).HasMaxLength(500);
        item.Property(i => i.Outcome).HasConversion<string>().HasMaxLength(16);
        item.Property(i => i.ResolutionNote).HasMaxLength(500);
        item.Property(i => i.ResolvedBy).HasMaxLength(100);
        item.Property<uint>("Version").IsRowVersion();
        item.HasIndex(i => new { i.EstateId, i.ResolvedAt });
    }
}
