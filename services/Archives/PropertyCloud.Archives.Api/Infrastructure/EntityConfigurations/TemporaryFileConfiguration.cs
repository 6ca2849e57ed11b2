using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyCloud.Archives.Api.Domain.Temporary;

namespace PropertyCloud.Archives.Api.Infrastructure.EntityConfigurations;

internal sealed class TemporaryFileConfiguration : IEntityTypeConfiguration<TemporaryFile>
{
    public void Configure(EntityTypeBuilder<TemporaryFile> file)
    {
        file.HasKey(f => f.Id);
        file.Property(f => f.Kind).HasConversion<string>().HasMaxLength(16);
        file.Property(f => f.Title).HasMaxLength(200);
        file.Property(f => f.OpenedBy).HasMaxLength(100);
        file.Property(f => f.FormalisedBy).HasMaxLength(100);
        file.Property(f => f.IndexNumber).HasMaxLength(70);
        file.Ignore(f => f.FormaliseBy);
        file.HasIndex(f => new { f.EstateId, f.FormalisedAt, f.JobCompletedOn });
    }
}
