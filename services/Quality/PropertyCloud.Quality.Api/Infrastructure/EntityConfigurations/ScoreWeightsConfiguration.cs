using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyCloud.Quality.Api.Domain.Scoring;

namespace PropertyCloud.Quality.Api.Infrastructure.EntityConfigurations;

internal sealed class ScoreWeightsConfiguration : IEntityTypeConfiguration<ScoreWeights>
{
    public void Configure(EntityTypeBuilder<ScoreWeights> builder)
    {
        builder.ToTable("score_weights");
        builder.HasKey(w => w.Id);
        builder.Property(w => w.Id).ValueGeneratedNever();
    }
}
