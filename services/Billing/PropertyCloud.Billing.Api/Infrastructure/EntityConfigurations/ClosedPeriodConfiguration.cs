using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyCloud.Billing.Api.Domain;

namespace PropertyCloud.Billing.Api.Infrastructure.EntityConfigurations;

internal sealed class ClosedPeriodConfiguration : IEntityTypeConfiguration<ClosedPeriod>
{
    public void Configure(EntityTypeBuilder<ClosedPeriod> closed)
    {
        closed.HasKey(c => new { c.EstateId, c.Period });
        closed.Property(c => c.Period).HasMaxLength(7);
        closed.Property(c => c.ClosedBy).HasMaxLength(200);
    }
}
