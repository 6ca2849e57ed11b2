using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyCloud.Billing.Api.Domain;

namespace PropertyCloud.Billing.Api.Infrastructure.EntityConfigurations;

internal sealed class BillConfiguration : IEntityTypeConfiguration<Bill>
{
    public void Configure(EntityTypeBuilder<Bill> bill)
    {
        bill.HasKey(b => b.Id);
        bill.Property(b => b.Period).HasMaxLength(7);
        bill.Property(b => b.Amount).HasPrecision(14, 2);
        bill.Property(b => b.AdjustedAmount).HasPrecision(14, 2);
        bill.Property(b => b.PaidAmount).HasPrecision(14, 2);
        bill.Property(b => b.LateFeeCharged).HasPrecision(14, 2);
        bill.Property(b => b.LastDunningStep).HasConversion<string>().HasMaxLength(20);
        bill.Ignore(b => b.Outstanding);
        bill.Ignore(b => b.Principal);
        bill.Ignore(b => b.Status);
        bill.HasMany(b => b.Lines).WithOne().HasForeignKey(l => l.BillId).OnDelete(DeleteBehavior.Restrict);
        bill.HasOne<BillRun>().WithMany().HasForeignKey(b => b.BillRunId).OnDelete(DeleteBehavior.Restrict);
        bill.HasIndex(b => new { b.UnitId, b.Period }).IsUnique();
        // The bill list's filter and order (period, unit): a page is read in index order, not sorted from the whole estate.
        bill.HasIndex(b => new { b.EstateId, b.Period, b.UnitId });
        bill.HasIndex(b => b.DueDate).HasFilter("overdue_at IS NULL");
    }
}
