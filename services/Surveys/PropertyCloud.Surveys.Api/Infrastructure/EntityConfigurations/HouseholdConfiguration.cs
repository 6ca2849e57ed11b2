using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyCloud.Surveys.Api.Domain.Households;

namespace PropertyCloud.Surveys.Api.Infrastructure.EntityConfigurations;

internal sealed class HouseholdConfiguration : IEntityTypeConfiguration<Household>
{
    public void Configure(EntityTypeBuilder<Household> household)
    {
        household.HasKey(h => h.UnitId);
        household.Property(h => h.UnitId).ValueGeneratedNever();
        household.Property(h => h.BuildingCode).HasMaxLength(50);
        household.Property(h => h.Entrance).HasMaxLength(16);
        household.Property(h => h.Number).HasMaxLength(16);
        household.Ignore(h => h.Address);
        household.HasIndex(h => new { h.EstateId, h.Occupied });
    }
}
