using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyCloud.Quality.Api.ReadModels;

namespace PropertyCloud.Quality.Api.Infrastructure.EntityConfigurations;

internal sealed class RepairOrderFactConfiguration : IEntityTypeConfiguration<RepairOrderFact>
{
    public void Configure(EntityTypeBuilder<RepairOrderFact> builder)
    {
        builder.ToTable("repair_orders");
        builder.HasKey(o => o.OrderId);
        builder.HasIndex(o => o.EstateId);
        builder.Ignore(o => o.SlaMet);
    }
}
