using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyCloud.Surveys.Api.Domain.Campaigns;

namespace PropertyCloud.Surveys.Api.Infrastructure.EntityConfigurations;

internal sealed class CampaignConfiguration : IEntityTypeConfiguration<Campaign>
{
    public void Configure(EntityTypeBuilder<Campaign> campaign)
    {
        campaign.HasKey(c => c.Id);
        campaign.Property(c => c.Id).ValueGeneratedNever();
        campaign.Property(c => c.Name).HasMaxLength(200);
        campaign.Property(c => c.SurveyorOrganisation).HasMaxLength(200);
        campaign.Property(c => c.SamplingRate).HasPrecision(5, 4);
        campaign.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
        campaign.OwnsMany(c => c.Estates, estates => estates.ToJson());
        // xmin: two starts (or closes) of one campaign racing end in one success and one 409.
        campaign.Property<uint>("Version").IsRowVersion();
    }
}
