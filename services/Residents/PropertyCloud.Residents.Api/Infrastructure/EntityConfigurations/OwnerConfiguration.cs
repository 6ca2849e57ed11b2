using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyCloud.Residents.Api.Domain;
using PropertyCloud.Residents.Api.Domain.People;

namespace PropertyCloud.Residents.Api.Infrastructure.EntityConfigurations;

internal sealed class OwnerConfiguration : IEntityTypeConfiguration<Owner>
{
    public void Configure(EntityTypeBuilder<Owner> owner)
    {
        owner.HasKey(o => o.Id);
        owner.Property(o => o.Kind).HasConversion<string>().HasMaxLength(20);
        owner.Property(o => o.Gender).HasConversion<string>().HasMaxLength(20);
        owner.Property(o => o.IdDocumentType).HasConversion<string>().HasMaxLength(30);
        owner.Property(o => o.Name).HasMaxLength(100);
        owner.Property(o => o.Phone).HasMaxLength(20);
        owner.Property(o => o.IdNumberHash).HasMaxLength(64);
        owner.Property(o => o.IdNumberMasked).HasMaxLength(40);
        owner.Property(o => o.NativePlace).HasMaxLength(100);
        owner.Property(o => o.Address).HasMaxLength(200);
        owner.Property(o => o.UserId).HasMaxLength(100);
        owner.Property(o => o.SearchText).HasComputedColumnSql("name || ' ' || phone", stored: true);
        owner.HasOne<Estate>().WithMany().HasForeignKey(o => o.EstateId).OnDelete(DeleteBehavior.Restrict);
        owner.HasIndex(o => new { o.EstateId, o.IdNumberHash });
        owner.HasIndex(o => new { o.EstateId, o.UserId });
        owner.HasIndex(o => new { o.EstateId, o.Name });
        owner.HasIndex(o => o.SearchText).HasMethod("gin").HasOperators("gin_trgm_ops");
    }
}
