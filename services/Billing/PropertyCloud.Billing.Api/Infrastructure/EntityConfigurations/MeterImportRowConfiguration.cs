using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyCloud.Billing.Api.Domain.MeterImports;

namespace PropertyCloud.Billing.Api.Infrastructure.EntityConfigurations;

internal sealed class MeterImportRowConfiguration : IEntityTypeConfiguration<MeterImportRow>
{
    public void Configure(EntityTypeBuilder<MeterImportRow> row)
    {
        // The key makes a line's outcome unique: a second writer of the same line fails and does the chunk again.
        row.HasKey(r => new { r.MeterImportJobId, r.Line });
        row.HasOne<MeterImportJob>().WithMany().HasForeignKey(r => r.MeterImportJobId).OnDelete(DeleteBehavior.Cascade);
        row.Property(r => r.Unit).HasMaxLength(200);
        row.Property(r => r.Meter).HasConversion<string>().HasMaxLength(20);
        row.Property(r => r.Reading).HasPrecision(14, 2);
        row.Property(r => r.Outcome).HasConversion<string>().HasMaxLength(16);
        row.Property(r => r.Code).HasMaxLength(100);
        row.Property(r => r.Message).HasMaxLength(500);
        row.Property(r => r.Field).HasMaxLength(50);
        row.HasIndex(r => new { r.MeterImportJobId, r.Outcome, r.Line });
    }
}
