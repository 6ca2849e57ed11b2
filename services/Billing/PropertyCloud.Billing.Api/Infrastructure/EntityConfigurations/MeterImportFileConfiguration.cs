using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyCloud.Billing.Api.Domain.MeterImports;

namespace PropertyCloud.Billing.Api.Infrastructure.EntityConfigurations;

internal sealed class MeterImportFileConfiguration : IEntityTypeConfiguration<MeterImportFile>
{
    public void Configure(EntityTypeBuilder<MeterImportFile> file)
    {
        file.HasKey(f => f.MeterImportJobId);
        file.HasOne<MeterImportJob>().WithOne().HasForeignKey<MeterImportFile>(f => f.MeterImportJobId).OnDelete(DeleteBehavior.Cascade);
    }
}
