using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyCloud.Billing.Api.Domain.Ledger;

namespace PropertyCloud.Billing.Api.Infrastructure.EntityConfigurations;

internal sealed class LedgerEntryConfiguration : IEntityTypeConfiguration<LedgerEntry>
{
    public void Configure(EntityTypeBuilder<LedgerEntry> entry)
    {
        entry.HasKey(e => e.Id);
        entry.Property(e => e.Account).HasConversion<string>().HasMaxLength(40);
        entry.Property(e => e.Debit).HasPrecision(16, 2);
        entry.Property(e => e.Credit).HasPrecision(16, 2);
        entry.Property(e => e.Source).HasMaxLength(20);
        entry.ToTable(t => t.HasCheckConstraint("ck_ledger_entries_one_side", "debit >= 0 AND credit >= 0 AND (debit = 0 OR credit = 0)"));
        entry.HasIndex(e => new { e.EstateId, e.Account });
        entry.HasIndex(e => e.TransactionId);
    }
}
