using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyCloud.Quality.Api.EventStore;

namespace PropertyCloud.Quality.Api.Infrastructure.EntityConfigurations;

internal sealed class StoredEventConfiguration : IEntityTypeConfiguration<StoredEvent>
{
    public void Configure(EntityTypeBuilder<StoredEvent> builder)
    {
        builder.ToTable("stored_events");
        builder.HasKey(e => e.Position);
        builder.Property(e => e.Position).UseIdentityAlwaysColumn();
        builder.HasIndex(e => e.EventId).IsUnique();
        builder.Property(e => e.Type).HasMaxLength(200);
        builder.Property(e => e.Payload).HasColumnType("jsonb");
    }
}
