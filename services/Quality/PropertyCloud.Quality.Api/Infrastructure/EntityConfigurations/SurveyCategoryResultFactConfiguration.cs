using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyCloud.Quality.Api.ReadModels;

namespace PropertyCloud.Quality.Api.Infrastructure.EntityConfigurations;

internal sealed class SurveyCategoryResultFactConfiguration : IEntityTypeConfiguration<SurveyCategoryResultFact>
{
    public void Configure(EntityTypeBuilder<SurveyCategoryResultFact> builder)
    {
        builder.ToTable("survey_category_results");
        builder.HasKey(s => new { s.CampaignId, s.EstateId, s.Code });
        builder.Property(s => s.Code).HasMaxLength(100);
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.HasIndex(s => s.EstateId);
    }
}
