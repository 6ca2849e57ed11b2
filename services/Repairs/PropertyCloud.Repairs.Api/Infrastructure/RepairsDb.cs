using Microsoft.EntityFrameworkCore;
using PropertyCloud.BuildingBlocks.EventBus;
using PropertyCloud.Repairs.Api.Domain;

namespace PropertyCloud.Repairs.Api.Infrastructure;

/// <summary>The Repairs service's own database.</summary>
public sealed class RepairsDb(DbContextOptions<RepairsDb> options) : DbContext(options)
{
    public DbSet<RepairOrder> RepairOrders => Set<RepairOrder>();
    public DbSet<SlaDeadline> SlaDeadlines => Set<SlaDeadline>();
    public DbSet<SlaPolicy> SlaPolicies => Set<SlaPolicy>();
    public DbSet<EscalationLadder> EscalationLadders => Set<EscalationLadder>();
    public DbSet<SlaEscalation> SlaEscalations => Set<SlaEscalation>();
    public DbSet<MaintenanceTeam> MaintenanceTeams => Set<MaintenanceTeam>();
    public DbSet<RepairPhoto> RepairPhotos => Set<RepairPhoto>();
    public DbSet<Complaint> Complaints => Set<Complaint>();
    public DbSet<BusinessCalendar> BusinessCalendars => Set<BusinessCalendar>();
    public DbSet<Material> Materials => Set<Material>();
    public DbSet<StockMovement> StockMovements => Set<StockMovement>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(RepairsDb).Assembly);
        modelBuilder.AddEventBusTables();
    }
}
