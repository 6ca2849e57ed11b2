using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyCloud.Archives.Api.Domain.Lending;

namespace PropertyCloud.Archives.Api.Infrastructure.EntityConfigurations;

internal sealed class LoanMonthlyReportConfiguration : IEntityTypeConfiguration<LoanMonthlyReport>
{
    public void Configure(EntityTypeBuilder<LoanMonthlyReport> report)
    {
        report.HasKey(r => r.Id);
        report.Property(r => r.Month).HasMaxLength(7);
        report.Property(r => r.Items).HasColumnType("jsonb").HasConversion(
            items => JsonSerializer.Serialize(items, JsonSerializerOptions.Web),
            json => JsonSerializer.Deserialize<List<OutstandingLoan>>(json, JsonSerializerOptions.Web) ?? new List<OutstandingLoan>(),
            new ValueComparer<List<OutstandingLoan>>((a, b) => a!.SequenceEqual(b!), i => i.Count, i => i.ToList()));
        // Instances racing to generate the same report: the second insert fails and is ignored.
        report.HasIndex(r => new { r.EstateId, r.Month }).IsUnique();
    }
}
