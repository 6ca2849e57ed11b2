using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyCloud.Archives.Api.Domain;
using PropertyCloud.Archives.Api.Domain.Filing;

namespace PropertyCloud.Archives.Api.Infrastructure.EntityConfigurations;

internal sealed class FileRecordConfiguration : IEntityTypeConfiguration<FileRecord>
{
    public void Configure(EntityTypeBuilder<FileRecord> record)
    {
        record.HasKey(r => r.Id);
        record.Property(r => r.RecordType).HasMaxLength(64);
        record.Property(r => r.Category).HasConversion<string>().HasMaxLength(32);
        record.Property(r => r.Title).HasMaxLength(200);
        record.Property(r => r.Details).HasColumnType("jsonb");
        record.HasOne<CustomerFile>().WithMany().HasForeignKey(r => r.FileId);
        // Once per source event, however often it is delivered.
        record.HasIndex(r => new { r.SourceEventId, r.RecordType }).IsUnique();
        record.HasIndex(r => new { r.EstateId, r.FileId });
    }
}
