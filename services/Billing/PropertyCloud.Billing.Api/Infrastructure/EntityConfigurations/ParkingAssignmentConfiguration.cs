using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyCloud.Billing.Api.Domain.Parking;

namespace PropertyCloud.Billing.Api.Infrastructure.EntityConfigurations;

internal sealed class ParkingAssignmentConfiguration : IEntityTypeConfiguration<ParkingAssignment>
{
    public void Configure(EntityTypeBuilder<ParkingAssignment> assignment)
    {
        assignment.HasKey(a => a.Id);
        assignment.Property(a => a.Id).ValueGeneratedNever();
        assignment.Property(a => a.SpaceCode).HasMaxLength(40);
        assignment.Property(a => a.Tenure).HasMaxLength(20);
        assignment.Ignore(a => a.ChargedAs);
        assignment.HasIndex(a => new { a.EstateId, a.UnitId });
    }
}
