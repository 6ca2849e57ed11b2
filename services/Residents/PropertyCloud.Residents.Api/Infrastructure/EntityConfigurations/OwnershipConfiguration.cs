using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyCloud.Residents.Api.Domain;
using PropertyCloud.Residents.Api.Domain.People;

namespace PropertyCloud.Residents.Api.Infrastructure.EntityConfigurations;

internal sealed class OwnershipConfiguration : IEntityTypeConfiguration<Ownership>
{
    public void Configure(EntityTypeBuilder<Ownership> ownership)
    {
        ownership.HasKey(o => o.Id);
        ownership.Ignore(o => o.IsCurrent);
        ownership.HasOne<Unit>().WithMany().HasForeignKey(o => o.UnitId).OnDelete(DeleteBehavior.Restrict);
        ownership.HasOne<Owner>().WithMany().HasForeignKey(o => o.OwnerId).OnDelete(DeleteBehavior.Restrict);
        ownership.HasIndex(o => new { o.UnitId, o.OwnerId }).IsUnique().HasFilter("ended_on IS NULL");
        ownership.HasIndex(o => o.OwnerId);
        ownership.HasIndex(o => o.EstateId);
    }
}
