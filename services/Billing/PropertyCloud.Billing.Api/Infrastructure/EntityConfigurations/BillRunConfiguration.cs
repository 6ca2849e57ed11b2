using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyCloud.Billing.Api.Domain;

namespace PropertyCloud.Billing.Api.Infrastructure.EntityConfigurations;

internal sealed class BillRunConfiguration : IEntityTypeConfiguration<BillRun>
{
    public void Configure(EntityTypeBuilder<BillRun> run)
    {
        run.HasKey(r => r.Id);
        run.Property(r => r.Period).HasMaxLength(7);
        run.Property(r => r.Total).HasPrecision(16, 2);
        run.HasIndex(r => new { r.EstateId, r.Period }).IsUnique();
    }
}
