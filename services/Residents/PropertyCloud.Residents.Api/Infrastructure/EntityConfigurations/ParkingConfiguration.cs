using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyCloud.Residents.Api.Domain;
using PropertyCloud.Residents.Api.Domain.Parking;
using PropertyCloud.Residents.Api.Domain.People;

namespace PropertyCloud.Residents.Api.Infrastructure.EntityConfigurations;

/// <summary>Vehicles, parking spaces, who holds each space, and parking permits.</summary>
internal sealed class ParkingConfiguration :
    IEntityTypeConfiguration<Vehicle>, IEntityTypeConfiguration<ParkingSpace>, IEntityTypeConfiguration<ParkingSpaceAssignment>,
    IEntityTypeConfiguration<ParkingPermit>
{
    public void Configure(EntityTypeBuilder<Vehicle> vehicle)
    {
        vehicle.HasKey(v => v.Id);
        vehicle.Ignore(v => v.PlateNumberMasked);
        vehicle.Property(v => v.HolderKind).HasConversion<string>().HasMaxLength(20);
        vehicle.Property(v => v.PlateNumber).HasMaxLength(12);
        vehicle.Property(v => v.Description).HasMaxLength(100);
        vehicle.HasOne<Unit>().WithMany().HasForeignKey(v => v.UnitId).OnDelete(DeleteBehavior.Restrict);
        vehicle.HasIndex(v => new { v.EstateId, v.PlateNumber });
        vehicle.HasIndex(v => v.UnitId);
    }

    public void Configure(EntityTypeBuilder<ParkingSpace> space)
    {
        space.HasKey(s => s.Id);
        space.Property(s => s.Code).HasMaxLength(30);
        space.Property(s => s.Location).HasMaxLength(100);
        space.HasOne<Estate>().WithMany().HasForeignKey(s => s.EstateId).OnDelete(DeleteBehavior.Restrict);
        space.HasIndex(s => new { s.EstateId, s.Code }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<ParkingSpaceAssignment> assignment)
    {
        assignment.HasKey(a => a.Id);
        assignment.Ignore(a => a.IsCurrent);
        assignment.Property(a => a.Tenure).HasConversion<string>().HasMaxLength(20);
        assignment.HasOne<ParkingSpace>().WithMany().HasForeignKey(a => a.ParkingSpaceId).OnDelete(DeleteBehavior.Restrict);
        assignment.HasOne<Unit>().WithMany().HasForeignKey(a => a.UnitId).OnDelete(DeleteBehavior.Restrict);
        assignment.HasOne<Owner>().WithMany().HasForeignKey(a => a.OwnerId).OnDelete(DeleteBehavior.Restrict);
        // One unit at a time: the database backs the rule against two desks assigning the same space at once.
        assignment.HasIndex(a => a.ParkingSpaceId).IsUnique().HasFilter("released_on IS NULL").HasDatabaseName("ix_parking_space_assignments_current");
        assignment.HasIndex(a => a.UnitId);
    }

    public void Configure(EntityTypeBuilder<ParkingPermit> permit)
    {
        permit.HasKey(p => p.Id);
        permit.HasOne<Vehicle>().WithMany().HasForeignKey(p => p.VehicleId).OnDelete(DeleteBehavior.Restrict);
        permit.HasOne<ParkingSpace>().WithMany().HasForeignKey(p => p.ParkingSpaceId).OnDelete(DeleteBehavior.Restrict);
        permit.HasIndex(p => new { p.EstateId, p.VehicleId });
    }
}
