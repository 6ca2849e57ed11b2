using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyCloud.Quality.Api.Domain.Inspections;

namespace PropertyCloud.Quality.Api.Infrastructure.EntityConfigurations;

internal sealed class InspectionPhotoConfiguration : IEntityTypeConfiguration<InspectionPhoto>
{
    public void Configure(EntityTypeBuilder<InspectionPhoto> builder)
    {
        builder.ToTable("inspection_photos");
        builder.HasKey(p => p.Id);
        builder.HasIndex(p => p.EstateId);
        builder.Property(p => p.Sha256).HasMaxLength(64);
        builder.Property(p => p.ContentType).HasMaxLength(50);
        builder.Property(p => p.UploadedBy).HasMaxLength(200);
        builder.Ignore(p => p.Url);
    }
}
