using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyCloud.Residents.Api.Domain;

namespace PropertyCloud.Residents.Api.Infrastructure.EntityConfigurations;

internal sealed class UnitConfiguration : IEntityTypeConfiguration<Unit>
{
    public void Configure(EntityTypeBuilder<Unit> unit)
    {
        unit.HasKey(u => u.Id);
        unit.Property(u => u.Entrance).HasMaxLength(16);
        unit.Property(u => u.Number).HasMaxLength(16);
        unit.Property(u => u.Layout).HasMaxLength(50);
        unit.Property(u => u.BuildingArea).HasPrecision(10, 2);
        unit.Property(u => u.UsableArea).HasPrecision(10, 2);
        unit.Property(u => u.Usage).HasConversion<string>().HasMaxLength(20);
        unit.Ignore(u => u.EfficiencyRatio);
        unit.HasOne<Building>().WithMany().HasForeignKey(u => u.BuildingId).OnDelete(DeleteBehavior.Restrict);
        unit.HasOne<Estate>().WithMany().HasForeignKey(u => u.EstateId).OnDelete(DeleteBehavior.Restrict);
        unit.HasIndex(u => new { u.BuildingId, u.Entrance, u.Number }).IsUnique();
        unit.HasIndex(u => u.EstateId);
    }
}
