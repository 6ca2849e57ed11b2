using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyCloud.Quality.Api.ReadModels;

namespace PropertyCloud.Quality.Api.Infrastructure.EntityConfigurations;

internal sealed class EstateEntryConfiguration : IEntityTypeConfiguration<EstateEntry>
{
    public void Configure(EntityTypeBuilder<EstateEntry> builder)
    {
        builder.ToTable("estates");
        builder.HasKey(e => e.EstateId);
        builder.HasIndex(e => e.Company);
    }
}
