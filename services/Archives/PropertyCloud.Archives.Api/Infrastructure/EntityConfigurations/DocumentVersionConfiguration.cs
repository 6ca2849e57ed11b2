using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyCloud.Archives.Api.Domain.Documents;

namespace PropertyCloud.Archives.Api.Infrastructure.EntityConfigurations;

internal sealed class DocumentVersionConfiguration : IEntityTypeConfiguration<DocumentVersion>
{
    public void Configure(EntityTypeBuilder<DocumentVersion> version)
    {
        version.HasKey(v => v.Id);
        // Versions join their document through its collection; a preset key must still mean "new".
        version.Property(v => v.Id).ValueGeneratedNever();
        version.Property(v => v.Sha256).HasMaxLength(64).IsFixedLength();
        version.Property(v => v.FileName).HasMaxLength(255);
        version.Property(v => v.ContentType).HasMaxLength(128);
        version.Property(v => v.UploadedBy).HasMaxLength(100);
        version.HasIndex(v => new { v.DocumentId, v.Number }).IsUnique();
        version.HasIndex(v => v.Sha256);
    }
}
