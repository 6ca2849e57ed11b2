using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyCloud.Quality.Api.Domain.Inspections;

namespace PropertyCloud.Quality.Api.Infrastructure.EntityConfigurations;

internal sealed class InspectionConfiguration : IEntityTypeConfiguration<Inspection>
{
    public void Configure(EntityTypeBuilder<Inspection> builder)
    {
        builder.ToTable("inspections");
        builder.HasKey(i => i.Id);
        builder.HasIndex(i => new { i.EstateId, i.InspectedAt });
        builder.OwnsMany(i => i.Results, results => results.ToJson());
    }
}
