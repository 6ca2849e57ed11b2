using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyCloud.Quality.Api.ReadModels;

namespace PropertyCloud.Quality.Api.Infrastructure.EntityConfigurations;

internal sealed class SurveyResultFactConfiguration : IEntityTypeConfiguration<SurveyResultFact>
{
    public void Configure(EntityTypeBuilder<SurveyResultFact> builder)
    {
        builder.ToTable("survey_results");
        builder.HasKey(s => new { s.CampaignId, s.EstateId });
    }
}
