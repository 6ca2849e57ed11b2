using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyCloud.Surveys.Api.Domain.Campaigns;

namespace PropertyCloud.Surveys.Api.Infrastructure.EntityConfigurations;

internal sealed class SampledHouseholdConfiguration : IEntityTypeConfiguration<SampledHousehold>
{
    public void Configure(EntityTypeBuilder<SampledHousehold> sampled)
    {
        sampled.HasKey(s => s.Id);
        sampled.Property(s => s.Id).ValueGeneratedNever();
        sampled.Property(s => s.Entrance).HasMaxLength(16);
        sampled.Property(s => s.Address).HasMaxLength(100);
        sampled.Property(s => s.Band).HasConversion<string>().HasMaxLength(8);
        sampled.Property(s => s.Status).HasConversion<string>().HasMaxLength(16);
        sampled.Property(s => s.Weight).HasPrecision(12, 6);
        sampled.Property(s => s.LinkTokenHash).HasMaxLength(64);
        // xmin and the unique draw: two declines of one household racing end in one replacement and one 409.
        sampled.Property<uint>("Version").IsRowVersion();
        sampled.HasIndex(s => new { s.CampaignId, s.EstateId, s.UnitId }).IsUnique();
        sampled.HasIndex(s => s.LinkTokenHash).IsUnique();
    }
}
