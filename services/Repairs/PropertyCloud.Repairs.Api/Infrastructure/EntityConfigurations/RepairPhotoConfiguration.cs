using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyCloud.Repairs.Api.Domain;

namespace PropertyCloud.Repairs.Api.Infrastructure.EntityConfigurations;

internal sealed class RepairPhotoConfiguration : IEntityTypeConfiguration<RepairPhoto>
{
    public void Configure(EntityTypeBuilder<RepairPhoto> photo)
    {
        photo.HasKey(p => p.Id);
        photo.Property(p => p.Stage).HasConversion<string>().HasMaxLength(20);
        photo.Property(p => p.ContentType).HasMaxLength(30);
        photo.Property(p => p.Sha256).HasMaxLength(64);
        photo.Property(p => p.UploadedBy).HasMaxLength(100);
        photo.HasOne<RepairOrder>().WithMany().HasForeignKey(p => p.RepairOrderId).OnDelete(DeleteBehavior.Cascade);
        photo.HasIndex(p => p.RepairOrderId);
    }
}
