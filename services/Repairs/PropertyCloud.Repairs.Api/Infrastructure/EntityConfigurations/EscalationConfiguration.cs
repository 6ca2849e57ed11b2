using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyCloud.Repairs.Api.Domain;

namespace PropertyCloud.Repairs.Api.Infrastructure.EntityConfigurations;

internal sealed class EscalationLadderConfiguration : IEntityTypeConfiguration<EscalationLadder>
{
    public void Configure(EntityTypeBuilder<EscalationLadder> ladder)
    {
        ladder.HasKey(l => l.EstateId);
        ladder.Property(l => l.EstateId).ValueGeneratedNever();
        ladder.OwnsMany(l => l.Rungs, rungs =>
        {
            rungs.ToJson();
            rungs.Property(r => r.Notify).HasConversion<string>();
        });
        ladder.Navigation(l => l.Rungs).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class SlaEscalationConfiguration : IEntityTypeConfiguration<SlaEscalation>
{
    public void Configure(EntityTypeBuilder<SlaEscalation> escalation)
    {
        // One row per order, target and rung: each rung is raised once only.
        escalation.HasKey(e => new { e.RepairOrderId, e.Target, e.Level });
        escalation.Property(e => e.Target).HasConversion<string>().HasMaxLength(20);
        escalation.Property(e => e.Notify).HasConversion<string>().HasMaxLength(30);
        escalation.HasOne<RepairOrder>().WithMany().HasForeignKey(e => e.RepairOrderId).OnDelete(DeleteBehavior.Cascade);
        escalation.HasIndex(e => e.DueAt).HasFilter("raised_at IS NULL").HasDatabaseName("ix_sla_escalations_pending");
    }
}
