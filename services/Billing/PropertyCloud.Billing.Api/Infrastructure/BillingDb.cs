using Microsoft.EntityFrameworkCore;
using PropertyCloud.Billing.Api.Domain;
using PropertyCloud.Billing.Api.Domain.Dunning;
using PropertyCloud.Billing.Api.Domain.Ledger;
using PropertyCloud.Billing.Api.Domain.MeterImports;
using PropertyCloud.Billing.Api.Domain.Parking;
using PropertyCloud.Billing.Api.Domain.Residents;
using PropertyCloud.BuildingBlocks.EventBus;

namespace PropertyCloud.Billing.Api.Infrastructure;

/// <summary>The Billing service's own database: charge items, readings, bills, payments and each estate's ledger.</summary>
public sealed class BillingDb(DbContextOptions<BillingDb> options) : DbContext(options)
{
    public DbSet<BillableUnit> Units => Set<BillableUnit>();
    public DbSet<ChargeItem> ChargeItems => Set<ChargeItem>();
    public DbSet<UnitCharge> UnitCharges => Set<UnitCharge>();
    public DbSet<RepairCharge> RepairCharges => Set<RepairCharge>();
    public DbSet<MeterReading> MeterReadings => Set<MeterReading>();
    public DbSet<BillRun> BillRuns => Set<BillRun>();
    public DbSet<Bill> Bills => Set<Bill>();
    public DbSet<BillAdjustment> Adjustments => Set<BillAdjustment>();
    public DbSet<Payment> Payments => Set<Payment>();
    public DbSet<Refund> Refunds => Set<Refund>();
    public DbSet<Deposit> Deposits => Set<Deposit>();
    public DbSet<LedgerEntry> LedgerEntries => Set<LedgerEntry>();
    public DbSet<ClosedPeriod> ClosedPeriods => Set<ClosedPeriod>();
    public DbSet<UnitResident> UnitResidents => Set<UnitResident>();
    public DbSet<ResidentAccount> ResidentAccounts => Set<ResidentAccount>();
    public DbSet<DunningPolicy> DunningPolicies => Set<DunningPolicy>();
    public DbSet<DunningNotice> DunningNotices => Set<DunningNotice>();
    public DbSet<ParkingAssignment> ParkingAssignments => Set<ParkingAssignment>();
    public DbSet<MeterImportJob> MeterImportJobs => Set<MeterImportJob>();
    public DbSet<MeterImportFile> MeterImportFiles => Set<MeterImportFile>();
    public DbSet<MeterImportRow> MeterImportRows => Set<MeterImportRow>();

    /// <summary>The units whose current owner or tenant is the login <paramref name="userId"/>.</summary>
    public IQueryable<Guid> UnitsOfAccount(Guid estateId, string userId) =>
        from account in ResidentAccounts
        join resident in UnitResidents on account.PartyId equals resident.PartyId
        where account.EstateId == estateId && account.UserId == userId && resident.EndedOn == null
        select resident.UnitId;

    /// <summary>Whether finance has closed <paramref name="period"/> of the estate.</summary>
    public Task<bool> IsClosedAsync(Guid estateId, string period, CancellationToken cancellationToken) =>
        ClosedPeriods.AnyAsync(c => c.EstateId == estateId && c.Period == period, cancellationToken);

    /// <summary>
    /// Billing's copy of a parking assignment, added with only its keys if neither of its events (assigned, released)
    /// has arrived yet: either may come first.
    /// </summary>
    public async Task<ParkingAssignment> ParkingAssignmentAsync(Guid assignmentId, Guid estateId, Guid unitId, Guid parkingSpaceId,
        CancellationToken cancellationToken)
    {
        if (await ParkingAssignments.FindAsync([assignmentId], cancellationToken) is { } known)
        {
            return known;
        }
        var assignment = ParkingAssignment.Known(assignmentId, estateId, unitId, parkingSpaceId);
        ParkingAssignments.Add(assignment);
        return assignment;
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(BillingDb).Assembly);
        modelBuilder.AddEventBusTables();
    }
}
