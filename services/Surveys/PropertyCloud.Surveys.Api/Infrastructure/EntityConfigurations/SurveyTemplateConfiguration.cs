using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyCloud.Surveys.Api.Domain.Templates;

namespace PropertyCloud.Surveys.Api.Infrastructure.EntityConfigurations;

internal sealed class SurveyTemplateConfiguration : IEntityTypeConfiguration<SurveyTemplate>
{
    public void Configure(EntityTypeBuilder<SurveyTemplate> template)
    {
        template.HasKey(t => t.Id);
        template.Property(t => t.Id).ValueGeneratedNever();
        template.Property(t => t.Code).HasMaxLength(64);
        template.Property(t => t.Name).HasMaxLength(200);
        template.Property(t => t.OverallQuestion).HasMaxLength(200);
        template.HasIndex(t => new { t.Code, t.Version }).IsUnique();
        template.Ignore(t => t.ItemCount);
        template.OwnsMany(t => t.Categories, categories =>
        {
            categories.ToJson();
            categories.Ignore(c => c.EffectiveWeight);
            categories.OwnsMany(c => c.Items);
        });
    }
}
