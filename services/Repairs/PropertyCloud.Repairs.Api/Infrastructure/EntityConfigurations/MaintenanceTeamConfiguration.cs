using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyCloud.Repairs.Api.Domain;

namespace PropertyCloud.Repairs.Api.Infrastructure.EntityConfigurations;

internal sealed class MaintenanceTeamConfiguration : IEntityTypeConfiguration<MaintenanceTeam>
{
    public void Configure(EntityTypeBuilder<MaintenanceTeam> team)
    {
        team.HasKey(t => t.Id);
        team.Property(t => t.Name).HasMaxLength(100);
        team.Property(t => t.LeaderId).HasMaxLength(100);
        team.Property(t => t.LeaderName).HasMaxLength(100);
        team.OwnsMany(t => t.Members, members => members.ToJson());
        team.Navigation(t => t.Members).UsePropertyAccessMode(PropertyAccessMode.Field);
        team.HasIndex(t => new { t.EstateId, t.Name }).IsUnique();
    }
}
