using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyCloud.Partners.Api.Domain;

namespace PropertyCloud.Partners.Api.Infrastructure.EntityConfigurations;

internal sealed class DeliveryConfiguration : IEntityTypeConfiguration<Delivery>
{
    public void Configure(EntityTypeBuilder<Delivery> builder)
    {
        builder.ToTable("deliveries");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Channel).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.LastError).HasMaxLength(1000);
        // One message per event, partner and channel, however often the internal event is delivered to us.
        builder.HasIndex(d => new { d.PartnerId, d.EventId, d.Channel }).IsUnique();
        builder.HasIndex(d => new { d.PartnerId, d.OccurredAt });
        builder.HasIndex(d => d.NextAttemptAt).HasFilter("status IN ('Pending', 'Retrying')").HasDatabaseName("ix_deliveries_due");
        builder.HasOne<Partner>().WithMany().HasForeignKey(d => d.PartnerId);
        builder.HasOne<PublicEvent>().WithMany().HasForeignKey(d => d.EventId);
    }
}
