using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyCloud.Surveys.Api.Domain.Residents;

namespace PropertyCloud.Surveys.Api.Infrastructure.EntityConfigurations;

internal sealed class UnitResidentConfiguration : IEntityTypeConfiguration<UnitResident>
{
    public void Configure(EntityTypeBuilder<UnitResident> resident)
    {
        resident.HasKey(r => r.Id);
        resident.Property(r => r.Id).ValueGeneratedNever();
        resident.HasIndex(r => new { r.PartyId, r.UnitId });
        resident.HasIndex(r => r.UnitId);
    }
}
