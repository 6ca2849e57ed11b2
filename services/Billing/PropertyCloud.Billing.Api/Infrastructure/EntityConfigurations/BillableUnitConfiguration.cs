using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyCloud.Billing.Api.Domain;

namespace PropertyCloud.Billing.Api.Infrastructure.EntityConfigurations;

internal sealed class BillableUnitConfiguration : IEntityTypeConfiguration<BillableUnit>
{
    public void Configure(EntityTypeBuilder<BillableUnit> unit)
    {
        unit.ToTable("billable_units");
        unit.HasKey(u => u.Id);
        unit.Property(u => u.Id).ValueGeneratedNever();
        unit.Property(u => u.BuildingCode).HasMaxLength(32);
        unit.Property(u => u.Entrance).HasMaxLength(16);
        unit.Property(u => u.Number).HasMaxLength(16);
        unit.Property(u => u.BuildingArea).HasPrecision(10, 2);
        unit.Property(u => u.UsableArea).HasPrecision(10, 2);
        unit.HasIndex(u => u.EstateId);
    }
}
