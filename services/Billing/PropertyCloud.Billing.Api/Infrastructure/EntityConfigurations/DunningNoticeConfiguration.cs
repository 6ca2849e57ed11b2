using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyCloud.Billing.Api.Domain;
using PropertyCloud.Billing.Api.Domain.Dunning;

namespace PropertyCloud.Billing.Api.Infrastructure.EntityConfigurations;

internal sealed class DunningNoticeConfiguration : IEntityTypeConfiguration<DunningNotice>
{
    public void Configure(EntityTypeBuilder<DunningNotice> notice)
    {
        notice.HasKey(n => n.Id);
        notice.Property(n => n.Period).HasMaxLength(7);
        notice.Property(n => n.Step).HasConversion<string>().HasMaxLength(20);
        notice.Property(n => n.AmountOwed).HasPrecision(14, 2);
        notice.Property(n => n.LateFee).HasPrecision(14, 2);
        notice.HasOne<Bill>().WithMany().HasForeignKey(n => n.BillId).OnDelete(DeleteBehavior.Restrict);
        notice.HasIndex(n => new { n.BillId, n.Step }).IsUnique();
        notice.HasIndex(n => new { n.EstateId, n.UnitId });
    }
}
