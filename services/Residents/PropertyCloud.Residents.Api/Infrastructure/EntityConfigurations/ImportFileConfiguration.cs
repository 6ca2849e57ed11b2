using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyCloud.Residents.Api.Domain.Imports;

namespace PropertyCloud.Residents.Api.Infrastructure.EntityConfigurations;

internal sealed class ImportFileConfiguration : IEntityTypeConfiguration<ImportFile>
{
    public void Configure(EntityTypeBuilder<ImportFile> file)
    {
        file.HasKey(f => f.ImportJobId);
        file.HasOne<ImportJob>().WithOne().HasForeignKey<ImportFile>(f => f.ImportJobId).OnDelete(DeleteBehavior.Cascade);
    }
}
