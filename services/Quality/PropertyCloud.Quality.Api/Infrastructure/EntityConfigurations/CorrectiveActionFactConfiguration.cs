using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyCloud.Quality.Api.ReadModels;

namespace PropertyCloud.Quality.Api.Infrastructure.EntityConfigurations;

internal sealed class CorrectiveActionFactConfiguration : IEntityTypeConfiguration<CorrectiveActionFact>
{
    public void Configure(EntityTypeBuilder<CorrectiveActionFact> builder)
    {
        builder.ToTable("corrective_actions");
        builder.HasKey(a => a.ActionId);
        builder.HasIndex(a => a.EstateId);
    }
}
