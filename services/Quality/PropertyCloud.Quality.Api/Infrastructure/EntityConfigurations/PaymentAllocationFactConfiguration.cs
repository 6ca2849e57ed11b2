using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyCloud.Quality.Api.ReadModels;

namespace PropertyCloud.Quality.Api.Infrastructure.EntityConfigurations;

internal sealed class PaymentAllocationFactConfiguration : IEntityTypeConfiguration<PaymentAllocationFact>
{
    public void Configure(EntityTypeBuilder<PaymentAllocationFact> builder)
    {
        builder.ToTable("payment_allocations");
        builder.HasKey(a => new { a.PaymentId, a.BillId });
        builder.HasIndex(a => new { a.EstateId, a.Period });
        builder.HasIndex(a => a.BillId);
        builder.Property(a => a.Period).HasMaxLength(7);
    }
}
