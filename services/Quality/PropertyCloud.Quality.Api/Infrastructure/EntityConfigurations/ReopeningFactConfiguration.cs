using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyCloud.Quality.Api.ReadModels;

namespace PropertyCloud.Quality.Api.Infrastructure.EntityConfigurations;

internal sealed class ReopeningFactConfiguration : IEntityTypeConfiguration<ReopeningFact>
{
    public void Configure(EntityTypeBuilder<ReopeningFact> builder)
    {
        builder.ToTable("reopenings");
        builder.HasKey(r => new { r.SubjectId, r.ReopenCount });
        builder.Property(r => r.Subject).HasMaxLength(20);
        builder.HasIndex(r => r.EstateId);
    }
}
