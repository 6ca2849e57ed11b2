using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyCloud.Repairs.Api.Domain;

namespace PropertyCloud.Repairs.Api.Infrastructure.EntityConfigurations;

internal sealed class SlaPolicyConfiguration : IEntityTypeConfiguration<SlaPolicy>
{
    public void Configure(EntityTypeBuilder<SlaPolicy> policy)
    {
        policy.HasKey(p => new { p.EstateId, p.Category, p.Urgency });
        policy.Property(p => p.Category).HasConversion<string>().HasMaxLength(30);
        policy.Property(p => p.Urgency).HasConversion<string>().HasMaxLength(20);
        policy.Property(p => p.ChangedBy).HasMaxLength(100);
        policy.Ignore(p => p.Times);
    }
}
