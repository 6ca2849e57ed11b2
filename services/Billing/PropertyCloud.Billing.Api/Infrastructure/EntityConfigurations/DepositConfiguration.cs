using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyCloud.Billing.Api.Domain;

namespace PropertyCloud.Billing.Api.Infrastructure.EntityConfigurations;

internal sealed class DepositConfiguration : IEntityTypeConfiguration<Deposit>
{
    public void Configure(EntityTypeBuilder<Deposit> deposit)
    {
        deposit.HasKey(d => d.Id);
        deposit.Property(d => d.Name).HasMaxLength(100);
        deposit.Property(d => d.Method).HasConversion<string>().HasMaxLength(20);
        deposit.Property(d => d.Amount).HasPrecision(14, 2);
        deposit.HasIndex(d => new { d.EstateId, d.UnitId });
        // xmin: two refunds of one deposit racing end in one refund and one 409.
        deposit.Property<uint>("Version").IsRowVersion();
    }
}
