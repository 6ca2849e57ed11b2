using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyCloud.Billing.Api.Domain;

namespace PropertyCloud.Billing.Api.Infrastructure.EntityConfigurations;

internal sealed class UnitChargeConfiguration : IEntityTypeConfiguration<UnitCharge>
{
    public void Configure(EntityTypeBuilder<UnitCharge> charge)
    {
        charge.HasKey(c => c.Id);
        charge.Property(c => c.Quantity).HasPrecision(10, 2);
        charge.HasOne<ChargeItem>().WithMany().HasForeignKey(c => c.ChargeItemId).OnDelete(DeleteBehavior.Restrict);
        charge.HasIndex(c => new { c.EstateId, c.UnitId });
    }
}
