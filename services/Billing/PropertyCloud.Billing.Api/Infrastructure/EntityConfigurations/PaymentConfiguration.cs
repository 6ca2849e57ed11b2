using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyCloud.Billing.Api.Domain;

namespace PropertyCloud.Billing.Api.Infrastructure.EntityConfigurations;

internal sealed class PaymentConfiguration : IEntityTypeConfiguration<Payment>
{
    public void Configure(EntityTypeBuilder<Payment> payment)
    {
        payment.HasKey(p => p.Id);
        payment.Property(p => p.IdempotencyKey).HasMaxLength(100);
        payment.Property(p => p.Method).HasConversion<string>().HasMaxLength(20);
        payment.Property(p => p.Amount).HasPrecision(14, 2);
        payment.Property(p => p.RefundedAmount).HasPrecision(14, 2);
        payment.Property(p => p.ProviderReference).HasMaxLength(100);
        payment.HasMany(p => p.Allocations).WithOne().HasForeignKey(a => a.PaymentId).OnDelete(DeleteBehavior.Restrict);
        payment.HasIndex(p => new { p.EstateId, p.IdempotencyKey }).IsUnique();
        payment.HasIndex(p => new { p.EstateId, p.ReceiptNumber }).IsUnique();
        payment.HasIndex(p => p.UnitId);
    }
}
