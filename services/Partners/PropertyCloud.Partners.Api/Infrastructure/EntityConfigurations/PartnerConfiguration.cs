using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyCloud.Partners.Api.Domain;

namespace PropertyCloud.Partners.Api.Infrastructure.EntityConfigurations;

internal sealed class PartnerConfiguration : IEntityTypeConfiguration<Partner>
{
    public void Configure(EntityTypeBuilder<Partner> builder)
    {
        builder.ToTable("partners");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Code).HasMaxLength(40);
        builder.HasIndex(p => p.Code).IsUnique();
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.WebhookUrl).HasMaxLength(2000);
        builder.Property(p => p.ProtectedWebhookSecret).HasMaxLength(400);
        builder.Property(p => p.ClientId).HasMaxLength(100);
        builder.HasIndex(p => p.ClientId).IsUnique();
        builder.Property(p => p.BrokerUser).HasMaxLength(100);
        builder.Property(p => p.BrokerPasswordHash).HasMaxLength(100);
        builder.Ignore(p => p.QueueName);
    }
}
