using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyCloud.Billing.Api.Domain;

namespace PropertyCloud.Billing.Api.Infrastructure.EntityConfigurations;

internal sealed class RepairChargeConfiguration : IEntityTypeConfiguration<RepairCharge>
{
    public void Configure(EntityTypeBuilder<RepairCharge> charge)
    {
        // The repair order is the key: a charge re-requested under a new event id still exists once.
        charge.HasKey(c => c.RepairOrderId);
        charge.Property(c => c.RepairOrderId).ValueGeneratedNever();
        charge.Property(c => c.Amount).HasPrecision(14, 2);
        charge.Property(c => c.Description).HasMaxLength(BillLine.DescriptionLength);
        charge.HasIndex(c => new { c.EstateId, c.UnitId }).HasFilter("billed_in_run_id IS NULL");
    }
}
