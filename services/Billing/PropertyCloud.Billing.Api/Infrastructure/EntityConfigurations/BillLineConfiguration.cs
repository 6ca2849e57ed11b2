using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyCloud.Billing.Api.Domain;

namespace PropertyCloud.Billing.Api.Infrastructure.EntityConfigurations;

internal sealed class BillLineConfiguration : IEntityTypeConfiguration<BillLine>
{
    public void Configure(EntityTypeBuilder<BillLine> line)
    {
        line.ToTable("bill_lines");
        line.HasKey(l => l.Id);
        line.Property(l => l.Kind).HasConversion<string>().HasMaxLength(20);
        line.Property(l => l.Description).HasMaxLength(BillLine.DescriptionLength);
        line.Property(l => l.Quantity).HasPrecision(14, 2);
        line.Property(l => l.Amount).HasPrecision(14, 2);
    }
}
