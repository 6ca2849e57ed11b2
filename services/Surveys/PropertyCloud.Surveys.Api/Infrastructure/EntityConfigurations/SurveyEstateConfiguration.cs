using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyCloud.Surveys.Api.Domain.Households;

namespace PropertyCloud.Surveys.Api.Infrastructure.EntityConfigurations;

internal sealed class SurveyEstateConfiguration : IEntityTypeConfiguration<SurveyEstate>
{
    public void Configure(EntityTypeBuilder<SurveyEstate> estate)
    {
        estate.HasKey(e => e.EstateId);
        estate.Property(e => e.EstateId).ValueGeneratedNever();
        estate.Property(e => e.Code).HasMaxLength(32);
        estate.Property(e => e.Name).HasMaxLength(100);
        estate.Property(e => e.Company).HasMaxLength(100);
    }
}
