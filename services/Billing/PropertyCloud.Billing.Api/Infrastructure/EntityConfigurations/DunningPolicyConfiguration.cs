using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyCloud.Billing.Api.Domain.Dunning;

namespace PropertyCloud.Billing.Api.Infrastructure.EntityConfigurations;

internal sealed class DunningPolicyConfiguration : IEntityTypeConfiguration<DunningPolicy>
{
    public void Configure(EntityTypeBuilder<DunningPolicy> policy)
    {
        policy.HasKey(p => p.EstateId);
        policy.Property(p => p.EstateId).ValueGeneratedNever();
        policy.Property(p => p.LateFeeDailyRate).HasPrecision(8, 6);
        policy.Property(p => p.LateFeeCapPercent).HasPrecision(5, 2);
        policy.Property(p => p.LateFeeStart).HasConversion<string>().HasMaxLength(20);
        policy.Ignore(p => p.LateFees);
    }
}
