using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyCloud.Residents.Api.Domain;

namespace PropertyCloud.Residents.Api.Infrastructure.EntityConfigurations;

internal sealed class UnitConfiguration : IEntityTypeConfiguration<Unit>
{
    // Usage in both languages so that "出租" and "rented" both find rented-out units.
    private const string UnitSearchText =
        "building_code || ' ' || entrance || '单元 ' || number || ' ' || layout || ' ' || " +
        "CASE usage WHEN 'Residence' THEN '居住' WHEN 'RentedOut' THEN '出租' WHEN 'Storage' THEN '仓库' " +
        "WHEN 'Commercial' THEN '商用' WHEN 'Vacant' THEN '空置' ELSE '' END || ' ' || usage || ' ' || building_area::text || '㎡'";

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
        unit.Property(u => u.BuildingCode).HasMaxLength(32);
        unit.Property(u => u.SearchText).HasComputedColumnSql(UnitSearchText, stored: true);
        unit.HasIndex(u => u.SearchText).HasMethod("gin").HasOperators("gin_trgm_ops");
        unit.HasIndex(u => new { u.EstateId, u.BuildingCode });
        unit.HasIndex(u => new { u.EstateId, u.Usage });
        unit.HasOne<Building>().WithMany().HasForeignKey(u => u.BuildingId).OnDelete(DeleteBehavior.Restrict);
        unit.HasOne<Estate>().WithMany().HasForeignKey(u => u.EstateId).OnDelete(DeleteBehavior.Restrict);
        unit.HasIndex(u => new { u.BuildingId, u.Entrance, u.Number }).IsUnique();
        unit.HasIndex(u => u.EstateId);
    }
}
