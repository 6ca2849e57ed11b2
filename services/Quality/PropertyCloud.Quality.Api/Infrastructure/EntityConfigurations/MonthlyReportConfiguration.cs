using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyCloud.Quality.Api.Reports;

namespace PropertyCloud.Quality.Api.Infrastructure.EntityConfigurations;

internal sealed class MonthlyReportConfiguration : IEntityTypeConfiguration<MonthlyReport>
{
    public void Configure(EntityTypeBuilder<MonthlyReport> builder)
    {
        builder.ToTable("monthly_reports");
        builder.HasKey(r => r.Id);
        builder.HasIndex(r => new { r.Scope, r.Company, r.Month }).IsUnique();
        builder.Property(r => r.Scope).HasMaxLength(20);
    }
}
