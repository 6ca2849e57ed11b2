using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyCloud.Partners.Api.Domain;

namespace PropertyCloud.Partners.Api.Infrastructure.EntityConfigurations;

internal sealed class PublicEventConfiguration : IEntityTypeConfiguration<PublicEvent>
{
    public void Configure(EntityTypeBuilder<PublicEvent> builder)
    {
        builder.ToTable("public_events");
        builder.HasKey(e => e.EventId);
        builder.Property(e => e.EventId).ValueGeneratedNever();
        builder.Property(e => e.Type).HasMaxLength(200);
        builder.Property(e => e.Source).HasMaxLength(200);
        builder.Property(e => e.Subject).HasMaxLength(300);
        builder.Property(e => e.Data).HasColumnType("jsonb");
        builder.Property(e => e.PersonalData).HasColumnType("jsonb");
        builder.HasIndex(e => e.OccurredAt);
    }
}
