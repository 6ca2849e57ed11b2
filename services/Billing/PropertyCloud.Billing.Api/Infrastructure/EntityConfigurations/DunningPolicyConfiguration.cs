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
    }
}
