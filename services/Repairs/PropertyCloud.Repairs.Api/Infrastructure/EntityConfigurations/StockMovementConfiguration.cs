using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyCloud.Repairs.Api.Domain;

namespace PropertyCloud.Repairs.Api.Infrastructure.EntityConfigurations;

internal sealed class StockMovementConfiguration : IEntityTypeConfiguration<StockMovement>
{
    public void Configure(EntityTypeBuilder<StockMovement> movement)
    {
        movement.HasKey(m => m.Id);
        movement.Property(m => m.Kind).HasConversion<string>().HasMaxLength(20);
        movement.Property(m => m.Quantity).HasPrecision(14, 3);
        movement.Property(m => m.UnitCost).HasPrecision(14, 4);
        movement.Property(m => m.Value).HasPrecision(14, 2);
        movement.Property(m => m.Purpose).HasMaxLength(200);
        movement.Property(m => m.RecordedBy).HasMaxLength(100);
        movement.HasOne<Material>().WithMany().HasForeignKey(m => m.MaterialId).OnDelete(DeleteBehavior.Restrict);
        movement.HasIndex(m => new { m.EstateId, m.At });
        movement.HasIndex(m => m.RepairOrderId);
    }
}
