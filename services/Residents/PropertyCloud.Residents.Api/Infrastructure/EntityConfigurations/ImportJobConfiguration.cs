using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyCloud.Residents.Api.Domain.Imports;

namespace PropertyCloud.Residents.Api.Infrastructure.EntityConfigurations;

internal sealed class ImportJobConfiguration : IEntityTypeConfiguration<ImportJob>
{
    public void Configure(EntityTypeBuilder<ImportJob> job)
    {
        job.HasKey(j => j.Id);
        job.Property(j => j.FileName).HasMaxLength(260);
        job.Property(j => j.Format).HasConversion<string>().HasMaxLength(8);
        job.Property(j => j.Status).HasConversion<string>().HasMaxLength(16);
        job.Property(j => j.Culture).HasMaxLength(10);
        job.Property(j => j.RequestedBy).HasMaxLength(100);
        job.Property(j => j.Errors).HasColumnType("jsonb").HasConversion(
            errors => JsonSerializer.Serialize(errors, JsonSerializerOptions.Web),
            json => JsonSerializer.Deserialize<List<ImportError>>(json, JsonSerializerOptions.Web) ?? new List<ImportError>(),
            new ValueComparer<List<ImportError>>((a, b) => a!.SequenceEqual(b!), e => e.Count, e => e.ToList()));
        job.Ignore(j => j.IsFinished);
        job.HasIndex(j => new { j.Status, j.RequestedAt });
        job.HasIndex(j => new { j.EstateId, j.RequestedAt });
    }
}
