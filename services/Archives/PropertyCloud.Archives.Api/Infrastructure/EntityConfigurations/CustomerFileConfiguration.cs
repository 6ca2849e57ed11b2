using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyCloud.Archives.Api.Domain;

namespace PropertyCloud.Archives.Api.Infrastructure.EntityConfigurations;

internal sealed class CustomerFileConfiguration : IEntityTypeConfiguration<CustomerFile>
{
    public void Configure(EntityTypeBuilder<CustomerFile> file)
    {
        file.HasKey(f => f.Id);
        file.Property(f => f.FileNumber).HasMaxLength(80);
        file.Property(f => f.BuildingCode).HasMaxLength(32);
        file.Property(f => f.Entrance).HasMaxLength(16);
        file.Property(f => f.UnitNumber).HasMaxLength(16);
        file.Property(f => f.Status).HasConversion<string>().HasMaxLength(20);
        file.HasIndex(f => f.UnitId).IsUnique();
        file.HasIndex(f => new { f.EstateId, f.FileNumber });
        // LIKE '3栋-1-%' can use a B-tree only with pattern operators unless the database collation is plain "C".
        file.HasIndex(f => new { f.EstateId, f.FileNumber }, "ix_customer_files_estate_id_file_number_prefix")
            .HasDatabaseName("ix_customer_files_estate_id_file_number_prefix").HasOperators("uuid_ops", "varchar_pattern_ops");
    }
}
