using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyCloud.Quality.Api.ReadModels;

namespace PropertyCloud.Quality.Api.Infrastructure.EntityConfigurations;

internal sealed class BillFactConfiguration : IEntityTypeConfiguration<BillFact>
{
    public void Configure(EntityTypeBuilder<BillFact> builder)
    {
        builder.ToTable("bills");
        builder.HasKey(b => b.BillId);
        builder.HasIndex(b => new { b.EstateId, b.Period });
        builder.Property(b => b.Period).HasMaxLength(7);
    }
}
