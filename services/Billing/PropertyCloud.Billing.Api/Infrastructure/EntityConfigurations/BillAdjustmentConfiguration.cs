using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyCloud.Billing.Api.Domain;

namespace PropertyCloud.Billing.Api.Infrastructure.EntityConfigurations;

internal sealed class BillAdjustmentConfiguration : IEntityTypeConfiguration<BillAdjustment>
{
    public void Configure(EntityTypeBuilder<BillAdjustment> adjustment)
    {
        adjustment.ToTable("bill_adjustments");
        adjustment.HasKey(a => a.Id);
        adjustment.Property(a => a.Amount).HasPrecision(14, 2);
        adjustment.Property(a => a.Reason).HasMaxLength(500);
        adjustment.HasOne<Bill>().WithMany().HasForeignKey(a => a.BillId).OnDelete(DeleteBehavior.Restrict);
    }
}
