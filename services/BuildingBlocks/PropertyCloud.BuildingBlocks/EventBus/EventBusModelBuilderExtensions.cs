using Microsoft.EntityFrameworkCore;

namespace PropertyCloud.BuildingBlocks.EventBus;

/// <summary>Maps the outbox and inbox tables into a service's own database.</summary>
public static class EventBusModelBuilderExtensions
{
    /// <summary>Adds <c>outbox_messages</c> and <c>inbox_messages</c> to the model.</summary>
    public static ModelBuilder AddEventBusTables(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OutboxMessage>(outbox =>
        {
            outbox.ToTable("outbox_messages");
            outbox.HasKey(m => m.EventId);
            outbox.Property(m => m.EventId).HasColumnName("event_id");
            outbox.Property(m => m.EventType).HasColumnName("event_type").HasMaxLength(300);
            outbox.Property(m => m.Payload).HasColumnName("payload").HasColumnType("jsonb");
            outbox.Property(m => m.EstateId).HasColumnName("estate_id");
            outbox.Property(m => m.OccurredAt).HasColumnName("occurred_at");
            outbox.Property(m => m.SentAt).HasColumnName("sent_at");
            outbox.Property(m => m.Attempts).HasColumnName("attempts");
            outbox.Property(m => m.NextAttemptAt).HasColumnName("next_attempt_at");
            outbox.Property(m => m.LastError).HasColumnName("last_error");
            outbox.HasIndex(m => m.NextAttemptAt).HasFilter("sent_at IS NULL").HasDatabaseName("ix_outbox_messages_pending");
        });

        modelBuilder.Entity<InboxMessage>(inbox =>
        {
            inbox.ToTable("inbox_messages");
            inbox.HasKey(m => new { m.EventId, m.Consumer });
            inbox.Property(m => m.EventId).HasColumnName("event_id");
            inbox.Property(m => m.Consumer).HasColumnName("consumer").HasMaxLength(200);
            inbox.Property(m => m.HandledAt).HasColumnName("handled_at");
        });
        return modelBuilder;
    }
}
