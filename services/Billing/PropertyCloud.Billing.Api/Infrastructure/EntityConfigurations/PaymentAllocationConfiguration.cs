using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyCloud.Billing.Api.Domain;

namespace PropertyCloud.Billing.Api.Infrastructure.EntityConfigurations;

internal sealed class PaymentAllocationConfiguration : IEntityTypeConfiguration<PaymentAllocation>
{
    public void Configure(EntityTypeBuilder<PaymentAllocation> allocation)
    {
        allocation.ToTable("payment_allocations");
        allocation.HasKey(a => a.Id);
        allocation.Property(a => a.Period).HasMaxLength(7);
        allocation.Property(a => a.Amount).HasPrecision(14, 2);
        allocation.Property(a => a.RefundedAmount).HasPrecision(14, 2);
        allocation.HasOne<Bill>().WithMany().HasForeignKey(a => a.BillId).OnDelete(DeleteBehavior.Restrict);
    }
}
