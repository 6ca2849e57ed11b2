using Microsoft.EntityFrameworkCore;
using PropertyCloud.BuildingBlocks.EventBus;
using PropertyCloud.Repairs.Api.Domain;
using PropertyCloud.Repairs.Api.Domain.Residents;

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
    public DbSet<UnitResident> UnitResidents => Set<UnitResident>();
    public DbSet<ResidentAccount> ResidentAccounts => Set<ResidentAccount>();

    /// <summary>The units of the estate whose current owner or tenant is the login <paramref name="userId"/>.</summary>
    public IQueryable<Guid> UnitsOfAccount(Guid estateId, string userId) =>
        from account in ResidentAccounts
        join resident in UnitResidents on account.PartyId equals resident.PartyId
        where account.EstateId == estateId && account.UserId == userId && resident.EstateId == estateId && resident.EndedOn == null
        select resident.UnitId;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(RepairsDb).Assembly);
        modelBuilder.AddEventBusTables();
    }
}
