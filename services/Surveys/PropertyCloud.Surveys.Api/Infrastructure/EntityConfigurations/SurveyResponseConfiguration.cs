using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyCloud.Surveys.Api.Domain.Responses;

namespace PropertyCloud.Surveys.Api.Infrastructure.EntityConfigurations;

internal sealed class SurveyResponseConfiguration : IEntityTypeConfiguration<SurveyResponse>
{
    public void Configure(EntityTypeBuilder<SurveyResponse> response)
    {
        response.HasKey(r => r.Id);
        response.Property(r => r.Id).ValueGeneratedNever();
        response.Property(r => r.Channel).HasConversion<string>().HasMaxLength(8);
        response.Property(r => r.RecordedBy).HasMaxLength(64);
        // One response per sampled household, whoever enters it.
        response.HasIndex(r => r.SampledHouseholdId).IsUnique();
        response.HasIndex(r => new { r.CampaignId, r.EstateId });
        response.OwnsMany(r => r.Answers, answers => answers.ToJson());
        response.OwnsMany(r => r.Remarks, remarks =>
        {
            remarks.ToJson();
            remarks.Property(r => r.Kind).HasConversion<string>();
        });
    }
}
