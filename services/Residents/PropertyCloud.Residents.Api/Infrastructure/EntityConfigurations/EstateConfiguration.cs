using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyCloud.Residents.Api.Domain;

namespace PropertyCloud.Residents.Api.Infrastructure.EntityConfigurations;

internal sealed class EstateConfiguration : IEntityTypeConfiguration<Estate>
{
    public void Configure(EntityTypeBuilder<Estate> estate)
    {
        estate.HasKey(e => e.Id);
        estate.Property(e => e.Code).HasMaxLength(32);
        estate.Property(e => e.Name).HasMaxLength(100);
        estate.Property(e => e.Company).HasMaxLength(100);
        estate.Property(e => e.Address).HasMaxLength(200);
        estate.Property(e => e.TimeZone).HasMaxLength(64);
        estate.Property(e => e.Kind).HasConversion<string>().HasMaxLength(20);
        estate.HasIndex(e => e.Code).IsUnique();
    }
}
