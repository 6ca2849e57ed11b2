using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyCloud.Repairs.Api.Domain;

namespace PropertyCloud.Repairs.Api.Infrastructure.EntityConfigurations;

internal sealed class RepairOrderConfiguration : IEntityTypeConfiguration<RepairOrder>
{
    public void Configure(EntityTypeBuilder<RepairOrder> order)
    {
        order.HasKey(o => o.Id);
        // xmin: two people dispatching the same order at once — the second save fails instead of overwriting.
        order.Property<uint>("Version").IsRowVersion();
        order.Property(o => o.Channel).HasConversion<string>().HasMaxLength(20);
        order.Property(o => o.Category).HasConversion<string>().HasMaxLength(30);
        order.Property(o => o.Urgency).HasConversion<string>().HasMaxLength(20);
        order.Property(o => o.Status).HasConversion<string>().HasMaxLength(20);
        order.Property(o => o.PublicArea).HasMaxLength(100);
        order.Property(o => o.Description).HasMaxLength(2000);
        order.Property(o => o.ReporterId).HasMaxLength(100);
        order.Property(o => o.ReporterName).HasMaxLength(100);
        order.Property(o => o.DispatchedBy).HasMaxLength(100);
        order.Property(o => o.AssigneeId).HasMaxLength(100);
        order.Property(o => o.AssigneeName).HasMaxLength(100);
        order.Property(o => o.TeamName).HasMaxLength(100);
        order.Property(o => o.WorkNotes).HasMaxLength(2000);
        order.Property(o => o.ChargeableAmount).HasPrecision(12, 2);
        order.Property(o => o.FollowUpComment).HasMaxLength(1000);
        order.Property(o => o.FollowedUpBy).HasMaxLength(100);
        order.Property(o => o.ClosedBy).HasMaxLength(100);
        order.Property(o => o.NoFollowUpReason).HasMaxLength(500);
        order.Ignore(o => o.MaterialsValue);
        order.Ignore(o => o.IsChargeable);
        order.Ignore(o => o.IsPaused);
        order.Ignore(o => o.CountsServiceHours);
        order.Ignore(o => o.ReopenCount);
        order.Ignore(o => o.Materials);
        order.Ignore(o => o.Pauses);
        order.Ignore(o => o.Reclassifications);
        order.Ignore(o => o.Reopenings);
        order.HasJsonList<RepairOrder, MaterialUsed>("_materials", "materials");
        order.HasJsonList<RepairOrder, SlaPause>("_pauses", "pauses");
        order.HasJsonList<RepairOrder, Reclassification>("_reclassifications", "reclassifications");
        order.HasJsonList<RepairOrder, Reopening>("_reopenings", "reopenings");
        order.HasMany(o => o.Deadlines).WithOne().HasForeignKey(d => d.RepairOrderId).OnDelete(DeleteBehavior.Cascade);
        order.Navigation(o => o.Deadlines).UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
        order.HasIndex(o => new { o.EstateId, o.Status, o.OpenedAt });
        // The queue filtered by urgency counts from the index alone. The queue's own order (urgency rank, opened, id) is
        // an expression index, which EF cannot model: see migration QueueIndexes.
        order.HasIndex(o => new { o.EstateId, o.Urgency });
        order.HasIndex(o => new { o.AssigneeId, o.Status });
        order.HasIndex(o => new { o.EstateId, o.ReporterId });
    }
}
