using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyCloud.Archives.Api.Domain.Files;

namespace PropertyCloud.Archives.Api.Infrastructure.EntityConfigurations;

internal sealed class ArchiveFileConfiguration : IEntityTypeConfiguration<ArchiveFile>
{
    public void Configure(EntityTypeBuilder<ArchiveFile> file)
    {
        file.HasKey(f => f.Id);
        file.Property(f => f.Kind).HasConversion<string>().HasMaxLength(16);
        file.Property(f => f.FileNumber).HasMaxLength(80);
        file.Property(f => f.Title).HasMaxLength(200);
        file.Property(f => f.StaffId).HasMaxLength(100);
        file.Property(f => f.OpenedBy).HasMaxLength(100);
        file.HasIndex(f => new { f.EstateId, f.FileNumber }).IsUnique();
        file.HasIndex(f => f.StaffId).HasFilter("staff_id IS NOT NULL");
    }
}
