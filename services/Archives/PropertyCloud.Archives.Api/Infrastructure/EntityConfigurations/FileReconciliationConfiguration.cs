using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyCloud.Archives.Api.Domain.Reconciliation;

namespace PropertyCloud.Archives.Api.Infrastructure.EntityConfigurations;

internal sealed class FileReconciliationConfiguration : IEntityTypeConfiguration<FileReconciliation>
{
    public void Configure(EntityTypeBuilder<FileReconciliation> reconciliation)
    {
        reconciliation.HasKey(r => r.Id);
        reconciliation.Property(r => r.Month).HasMaxLength(7);
        reconciliation.Property(r => r.StartedBy).HasMaxLength(100);
        reconciliation.Property(r => r.CompletedBy).HasMaxLength(100);
        reconciliation.Property(r => r.Items).HasColumnType("jsonb").HasConversion(
            items => JsonSerializer.Serialize(items, JsonSerializerOptions.Web),
            json => JsonSerializer.Deserialize<List<ChecklistItem>>(json, JsonSerializerOptions.Web) ?? new List<ChecklistItem>(),
            new ValueComparer<List<ChecklistItem>>((a, b) => a!.SequenceEqual(b!), i => i.Count, i => i.ToList()));
        // Two clerks completing the same checklist: the second fails instead of escalating twice.
        reconciliation.Property<uint>("Version").IsRowVersion();
        reconciliation.HasIndex(r => new { r.FileId, r.Month }).IsUnique();
        reconciliation.HasIndex(r => new { r.EstateId, r.Month });
        reconciliation.Ignore(r => r.Status);
        // Pending ones are few against the months of completed ones; the clerk's "pending" list reads only these.
        reconciliation.HasIndex(r => new { r.EstateId, r.StartedAt }, "ix_reconciliations_pending")
            .HasDatabaseName("ix_reconciliations_pending").HasFilter("completed_at IS NULL");
    }
}
