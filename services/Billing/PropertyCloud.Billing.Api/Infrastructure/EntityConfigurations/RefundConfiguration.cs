using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyCloud.Billing.Api.Domain;

namespace PropertyCloud.Billing.Api.Infrastructure.EntityConfigurations;

internal sealed class RefundConfiguration : IEntityTypeConfiguration<Refund>
{
    public void Configure(EntityTypeBuilder<Refund> refund)
    {
        refund.HasKey(r => r.Id);
        refund.Property(r => r.IdempotencyKey).HasMaxLength(100);
        refund.Property(r => r.Amount).HasPrecision(14, 2);
        refund.HasOne<Payment>().WithMany().HasForeignKey(r => r.PaymentId).OnDelete(DeleteBehavior.Restrict);
        refund.HasIndex(r => new { r.EstateId, r.IdempotencyKey }).IsUnique().HasFilter("idempotency_key IS NOT NULL");
        refund.HasIndex(r => r.PaymentId);
    }
}
