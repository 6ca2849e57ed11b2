using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyCloud.Billing.Api.Domain;

namespace PropertyCloud.Billing.Api.Infrastructure.EntityConfigurations;

internal sealed class MeterReadingConfiguration : IEntityTypeConfiguration<MeterReading>
{
    public void Configure(EntityTypeBuilder<MeterReading> reading)
    {
        reading.HasKey(r => r.Id);
        reading.Property(r => r.Meter).HasConversion<string>().HasMaxLength(20);
        reading.Property(r => r.Period).HasMaxLength(7);
        reading.Property(r => r.Reading).HasPrecision(14, 2);
        reading.Property(r => r.Consumption).HasPrecision(14, 2);
        reading.HasIndex(r => new { r.UnitId, r.Meter, r.Period }).IsUnique();
        reading.HasIndex(r => new { r.EstateId, r.Period });
    }
}
