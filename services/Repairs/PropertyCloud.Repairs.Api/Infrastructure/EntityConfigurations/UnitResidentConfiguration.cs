using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyCloud.Repairs.Api.Domain.Residents;

namespace PropertyCloud.Repairs.Api.Infrastructure.EntityConfigurations;

internal sealed class UnitResidentConfiguration : IEntityTypeConfiguration<UnitResident>
{
    public void Configure(EntityTypeBuilder<UnitResident> resident)
    {
        resident.HasKey(r => r.Id);
        resident.Property(r => r.Id).ValueGeneratedNever();
        resident.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        resident.HasIndex(r => new { r.PartyId, r.UnitId });
        resident.HasIndex(r => r.UnitId);
    }
}
