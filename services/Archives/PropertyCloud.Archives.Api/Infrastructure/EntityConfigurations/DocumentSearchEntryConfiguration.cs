using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyCloud.Archives.Api.Domain.Documents;
using PropertyCloud.Archives.Api.Domain.Search;

namespace PropertyCloud.Archives.Api.Infrastructure.EntityConfigurations;

internal sealed class DocumentSearchEntryConfiguration : IEntityTypeConfiguration<DocumentSearchEntry>
{
    public void Configure(EntityTypeBuilder<DocumentSearchEntry> entry)
    {
        entry.ToTable("document_search");
        entry.HasKey(e => e.DocumentId);
        entry.Property(e => e.DocumentId).ValueGeneratedNever();
        entry.HasOne<ArchiveDocument>().WithOne().HasForeignKey<DocumentSearchEntry>(e => e.DocumentId);
        // Trigrams find any substring, Chinese included (no word segmentation needed); ILIKE '%词%' uses this index.
        entry.HasIndex(e => e.SearchText).HasMethod("gin").HasOperators("gin_trgm_ops");
        entry.HasIndex(e => e.EstateId);
        entry.Property(e => e.ExtractionFailure).HasMaxLength(DocumentSearchEntry.MaxFailureLength);
        // Only the few never tried are in it, so the backfill finds them without reading the table.
        entry.HasIndex(e => e.DocumentId, "ix_document_search_text_not_extracted").HasFilter("text_extracted_at IS NULL");
    }
}
