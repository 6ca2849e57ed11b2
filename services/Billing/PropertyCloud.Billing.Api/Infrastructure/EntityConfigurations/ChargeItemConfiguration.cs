using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyCloud.Billing.Api.Domain;

namespace PropertyCloud.Billing.Api.Infrastructure.EntityConfigurations;

internal sealed class ChargeItemConfiguration : IEntityTypeConfiguration<ChargeItem>
{
    public void Configure(EntityTypeBuilder<ChargeItem> item)
    {
        item.HasKey(i => i.Id);
        item.Property(i => i.Name).HasMaxLength(100);
        item.Property(i => i.Kind).HasConversion<string>().HasMaxLength(20);
        item.Property(i => i.Rate).HasPrecision(12, 4);
        item.OwnsMany(i => i.Tiers, tiers => tiers.ToJson());
        item.Ignore(i => i.IsMetered);
        item.HasIndex(i => new { i.EstateId, i.Name }).IsUnique();
    }
}
