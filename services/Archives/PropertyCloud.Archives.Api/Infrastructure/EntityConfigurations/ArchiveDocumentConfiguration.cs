using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyCloud.Archives.Api.Domain.Documents;

namespace PropertyCloud.Archives.Api.Infrastructure.EntityConfigurations;

internal sealed class ArchiveDocumentConfiguration : IEntityTypeConfiguration<ArchiveDocument>
{
    public void Configure(EntityTypeBuilder<ArchiveDocument> document)
    {
        document.HasKey(d => d.Id);
        document.Property(d => d.Title).HasMaxLength(200);
        document.Property(d => d.Category).HasConversion<string>().HasMaxLength(32);
        document.Property(d => d.Level).HasConversion<string>().HasMaxLength(1);
        document.Property(d => d.IndexNumber).HasMaxLength(80);
        document.Property(d => d.FiledBy).HasMaxLength(100);
        document.Property<uint>("Version").IsRowVersion();
        document.Property(d => d.LegalHoldReason).HasMaxLength(500);
        document.Ignore(d => d.UnderLegalHold);
        document.HasIndex(d => new { d.EstateId, d.RetainUntil }).HasFilter("destroyed_at IS NULL");
        // Search's newest-first hits: a frequent term reads the estate's newest documents until it has enough.
        document.HasIndex(d => new { d.EstateId, d.FiledAt }).HasFilter("destroyed_at IS NULL");
        document.Ignore(d => d.IsConfidential);
        document.HasMany(d => d.Versions).WithOne().HasForeignKey(v => v.DocumentId);
        document.Navigation(d => d.Versions).UsePropertyAccessMode(PropertyAccessMode.Field);
        // A document lies in a customer file or in an engineering, equipment or staff file: no single parent table.
        document.HasIndex(d => new { d.EstateId, d.FileId });
        document.HasIndex(d => new { d.EstateId, d.Category }).HasFilter("is_public AND destroyed_at IS NULL");
    }
}
