using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyCloud.Quality.Api.ReadModels;

namespace PropertyCloud.Quality.Api.Infrastructure.EntityConfigurations;

internal sealed class PaymentFactConfiguration : IEntityTypeConfiguration<PaymentFact>
{
    public void Configure(EntityTypeBuilder<PaymentFact> builder)
    {
        builder.ToTable("payments");
        builder.HasKey(p => p.PaymentId);
    }
}
