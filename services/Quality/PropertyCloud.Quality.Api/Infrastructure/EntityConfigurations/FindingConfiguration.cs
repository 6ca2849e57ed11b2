using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyCloud.Quality.Api.Domain.Inspections;

namespace PropertyCloud.Quality.Api.Infrastructure.EntityConfigurations;

internal sealed class FindingConfiguration : IEntityTypeConfiguration<Finding>
{
    public void Configure(EntityTypeBuilder<Finding> builder)
    {
        builder.ToTable("findings");
        builder.HasKey(f => f.Id);
        builder.HasIndex(f => new { f.EstateId, f.Status });
        builder.HasIndex(f => f.InspectionId);
        builder.Property(f => f.Status).HasConversion<string>().HasMaxLength(20);
        builder.OwnsMany(f => f.Photos, photos => photos.ToJson());
        builder.OwnsMany(f => f.RectificationPhotos, photos => photos.ToJson());
    }
}
