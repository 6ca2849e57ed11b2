using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyCloud.Residents.Api.Domain;

namespace PropertyCloud.Residents.Api.Infrastructure.EntityConfigurations;

internal sealed class BuildingConfiguration : IEntityTypeConfiguration<Building>
{
    public void Configure(EntityTypeBuilder<Building> building)
    {
        building.HasKey(b => b.Id);
        building.Property(b => b.Code).HasMaxLength(32);
        building.Property(b => b.Name).HasMaxLength(100);
        building.Property(b => b.Type).HasMaxLength(50);
        building.HasOne<Estate>().WithMany().HasForeignKey(b => b.EstateId).OnDelete(DeleteBehavior.Restrict);
        building.HasIndex(b => new { b.EstateId, b.Code }).IsUnique();
    }
}
