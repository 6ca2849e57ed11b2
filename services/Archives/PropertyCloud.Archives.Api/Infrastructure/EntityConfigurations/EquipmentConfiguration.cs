using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyCloud.Archives.Api.Domain.Engineering;
using PropertyCloud.Archives.Api.Domain.Files;

namespace PropertyCloud.Archives.Api.Infrastructure.EntityConfigurations;

internal sealed class EquipmentConfiguration : IEntityTypeConfiguration<Equipment>
{
    public void Configure(EntityTypeBuilder<Equipment> equipment)
    {
        equipment.ToTable("equipment");
        equipment.HasKey(e => e.Id);
        equipment.Property(e => e.Code).HasMaxLength(40);
        equipment.Property(e => e.Name).HasMaxLength(200);
        equipment.Property(e => e.Location).HasMaxLength(200);
        equipment.Property(e => e.MaintenanceLog).HasColumnType("jsonb").HasConversion(
            log => JsonSerializer.Serialize(log, JsonSerializerOptions.Web),
            json => JsonSerializer.Deserialize<List<MaintenanceLogEntry>>(json, JsonSerializerOptions.Web) ?? new List<MaintenanceLogEntry>(),
            new ValueComparer<List<MaintenanceLogEntry>>((a, b) => a!.SequenceEqual(b!), l => l.Count, l => l.ToList()));
        // Two clerks logging maintenance at once: the second retries instead of losing the first's entry.
        equipment.Property<uint>("Version").IsRowVersion();
        equipment.HasOne<ArchiveFile>().WithMany().HasForeignKey(e => e.FileId);
        equipment.HasMany(e => e.Certificates).WithOne().HasForeignKey(c => c.EquipmentId);
        equipment.Navigation(e => e.Certificates).UsePropertyAccessMode(PropertyAccessMode.Field);
        equipment.HasIndex(e => new { e.EstateId, e.Code }).IsUnique();
    }
}
