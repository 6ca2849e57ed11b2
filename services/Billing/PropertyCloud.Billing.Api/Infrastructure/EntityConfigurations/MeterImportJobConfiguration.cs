using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyCloud.Billing.Api.Domain.MeterImports;

namespace PropertyCloud.Billing.Api.Infrastructure.EntityConfigurations;

internal sealed class MeterImportJobConfiguration : IEntityTypeConfiguration<MeterImportJob>
{
    public void Configure(EntityTypeBuilder<MeterImportJob> job)
    {
        job.HasKey(j => j.Id);
        job.Property(j => j.Period).HasMaxLength(7);
        job.Property(j => j.FileName).HasMaxLength(260);
        job.Property(j => j.Format).HasConversion<string>().HasMaxLength(8);
        job.Property(j => j.Status).HasConversion<string>().HasMaxLength(16);
        job.Property(j => j.Culture).HasMaxLength(10);
        job.Property(j => j.RequestedBy).HasMaxLength(100);
        job.Property(j => j.Problem).HasMaxLength(2000);
        job.Ignore(j => j.IsFinished);
        job.HasIndex(j => new { j.Status, j.RequestedAt });
        job.HasIndex(j => new { j.EstateId, j.RequestedAt });
    }
}
