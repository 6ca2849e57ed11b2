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
        adjustment.Property(a => a.LateFeeMonth).HasMaxLength(7);
        adjustment.Ignore(a => a.IsLateFee);
        adjustment.HasIndex(a => new { a.BillId, a.LateFeeMonth }).IsUnique().HasFilter("late_fee_month IS NOT NULL");
        adjustment.HasOne<Bill>().WithMany().HasForeignKey(a => a.BillId).OnDelete(DeleteBehavior.Restrict);
    }
}
