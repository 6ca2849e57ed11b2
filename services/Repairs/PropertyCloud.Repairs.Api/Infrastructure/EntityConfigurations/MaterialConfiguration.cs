using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyCloud.Repairs.Api.Domain;

namespace PropertyCloud.Repairs.Api.Infrastructure.EntityConfigurations;

internal sealed class MaterialConfiguration : IEntityTypeConfiguration<Material>
{
    public void Configure(EntityTypeBuilder<Material> material)
    {
        material.HasKey(m => m.Id);
        // xmin: two stock-outs racing for the last items — the second fails rather than driving stock negative.
        material.Property<uint>("Version").IsRowVersion();
        material.Property(m => m.Code).HasMaxLength(30);
        material.Property(m => m.Name).HasMaxLength(100);
        material.Property(m => m.UnitOfMeasure).HasMaxLength(20);
        material.Property(m => m.Quantity).HasPrecision(14, 3);
        material.Property(m => m.Value).HasPrecision(14, 2);
        material.Property(m => m.LowStockThreshold).HasPrecision(14, 3);
        material.Ignore(m => m.AverageCost);
        material.Ignore(m => m.IsLow);
        material.HasIndex(m => new { m.EstateId, m.Code }).IsUnique();
        material.ToTable(t => t.HasCheckConstraint("ck_materials_quantity_not_negative", "quantity >= 0"));
    }
}
