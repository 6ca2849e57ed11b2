using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyCloud.Archives.Api.Domain.Owners;

namespace PropertyCloud.Archives.Api.Infrastructure.EntityConfigurations;

internal sealed class UnitOwnershipConfiguration : IEntityTypeConfiguration<UnitOwnership>
{
    public void Configure(EntityTypeBuilder<UnitOwnership> ownership)
    {
        ownership.ToTable("unit_ownerships");
        ownership.HasKey(o => new { o.OwnerId, o.UnitId });
        ownership.HasIndex(o => o.UnitId);
    }
}
