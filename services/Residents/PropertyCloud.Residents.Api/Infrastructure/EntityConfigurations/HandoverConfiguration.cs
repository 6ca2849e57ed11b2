using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyCloud.Residents.Api.Domain;
using PropertyCloud.Residents.Api.Domain.Handover;

namespace PropertyCloud.Residents.Api.Infrastructure.EntityConfigurations;

/// <summary>Access cards, keys in custody and meter base readings, each per unit.</summary>
internal sealed class HandoverConfiguration :
    IEntityTypeConfiguration<AccessCard>, IEntityTypeConfiguration<KeyCustody>, IEntityTypeConfiguration<MeterBaseReading>
{
    public void Configure(EntityTypeBuilder<AccessCard> card)
    {
        card.HasKey(c => c.Id);
        card.Property(c => c.Number).HasMaxLength(40);
        card.Property(c => c.HolderName).HasMaxLength(100);
        card.HasOne<Unit>().WithMany().HasForeignKey(c => c.UnitId).OnDelete(DeleteBehavior.Restrict);
        card.HasIndex(c => new { c.EstateId, c.Number }).IsUnique().HasFilter("revoked_on IS NULL").HasDatabaseName("ix_access_cards_valid_number");
        card.HasIndex(c => c.UnitId);
    }

    public void Configure(EntityTypeBuilder<KeyCustody> key)
    {
        key.ToTable("keys_in_custody");
        key.HasKey(k => k.Id);
        key.Ignore(k => k.IsHeld);
        key.Property(k => k.Description).HasMaxLength(200);
        key.Property(k => k.HandedInBy).HasMaxLength(100);
        key.Property(k => k.ReceivedBy).HasMaxLength(100);
        key.Property(k => k.ReturnedTo).HasMaxLength(100);
        key.Property(k => k.ReturnedBy).HasMaxLength(100);
        key.HasOne<Unit>().WithMany().HasForeignKey(k => k.UnitId).OnDelete(DeleteBehavior.Restrict);
        key.HasIndex(k => k.UnitId);
    }

    public void Configure(EntityTypeBuilder<MeterBaseReading> reading)
    {
        reading.HasKey(m => m.Id);
        reading.Property(m => m.Meter).HasConversion<string>().HasMaxLength(20);
        reading.Property(m => m.Reading).HasPrecision(12, 2);
        reading.Property(m => m.RecordedBy).HasMaxLength(100);
        reading.HasOne<Unit>().WithMany().HasForeignKey(m => m.UnitId).OnDelete(DeleteBehavior.Restrict);
        reading.HasIndex(m => new { m.UnitId, m.Meter }).IsUnique();
    }
}
