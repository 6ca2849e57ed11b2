using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyCloud.Quality.Api.ReadModels;

namespace PropertyCloud.Quality.Api.Infrastructure.EntityConfigurations;

internal sealed class ComplaintFactConfiguration : IEntityTypeConfiguration<ComplaintFact>
{
    public void Configure(EntityTypeBuilder<ComplaintFact> builder)
    {
        builder.ToTable("complaints");
        builder.HasKey(c => c.ComplaintId);
        builder.HasIndex(c => c.EstateId);
    }
}
