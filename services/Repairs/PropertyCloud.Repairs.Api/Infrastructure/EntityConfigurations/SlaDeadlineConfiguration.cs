using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyCloud.Repairs.Api.Domain;

namespace PropertyCloud.Repairs.Api.Infrastructure.EntityConfigurations;

internal sealed class SlaDeadlineConfiguration : IEntityTypeConfiguration<SlaDeadline>
{
    public void Configure(EntityTypeBuilder<SlaDeadline> deadline)
    {
        // One row per order and target: the breach of a target can be recorded once only.
        deadline.HasKey(d => new { d.RepairOrderId, d.Target });
        deadline.Property(d => d.Target).HasConversion<string>().HasMaxLength(20);
        deadline.HasIndex(d => d.DueAt).HasFilter("met_at IS NULL AND breached_at IS NULL").HasDatabaseName("ix_sla_deadlines_pending");
        // The queue's overdue filter (an unmet, running target past due) probes only the targets still running.
        deadline.HasIndex(d => new { d.RepairOrderId, d.DueAt }).HasFilter("met_at IS NULL AND NOT paused").HasDatabaseName("ix_sla_deadlines_running");
    }
}
