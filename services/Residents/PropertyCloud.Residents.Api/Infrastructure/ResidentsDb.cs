using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using PropertyCloud.BuildingBlocks.EventBus;
using PropertyCloud.Residents.Api.Domain;
using PropertyCloud.Residents.Api.Domain.Handover;
using PropertyCloud.Residents.Api.Domain.Imports;
using PropertyCloud.Residents.Api.Domain.Parking;
using PropertyCloud.Residents.Api.Domain.People;
using PropertyCloud.Residents.Api.Infrastructure.Security;

namespace PropertyCloud.Residents.Api.Infrastructure;

/// <summary>The Residents service's own database: estates, buildings, units and the people who own and rent them.</summary>
public sealed class ResidentsDb(DbContextOptions<ResidentsDb> options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<Estate> Estates => Set<Estate>();
    public DbSet<Building> Buildings => Set<Building>();
    public DbSet<Unit> Units => Set<Unit>();
    public DbSet<Owner> Owners => Set<Owner>();
    public DbSet<Ownership> Ownerships => Set<Ownership>();
    public DbSet<HouseholdMember> HouseholdMembers => Set<HouseholdMember>();
    public DbSet<EmergencyContact> EmergencyContacts => Set<EmergencyContact>();
    public DbSet<CompanyContactPerson> ContactPersons => Set<CompanyContactPerson>();
    public DbSet<CorrectionRequest> CorrectionRequests => Set<CorrectionRequest>();
    public DbSet<Tenancy> Tenancies => Set<Tenancy>();
    public DbSet<Vehicle> Vehicles => Set<Vehicle>();
    public DbSet<ParkingSpace> ParkingSpaces => Set<ParkingSpace>();
    public DbSet<ParkingSpaceAssignment> ParkingSpaceAssignments => Set<ParkingSpaceAssignment>();
    public DbSet<ParkingPermit> ParkingPermits => Set<ParkingPermit>();
    public DbSet<AccessCard> AccessCards => Set<AccessCard>();
    public DbSet<KeyCustody> KeysInCustody => Set<KeyCustody>();
    public DbSet<MeterBaseReading> MeterBaseReadings => Set<MeterBaseReading>();
    public DbSet<PersonalDataDisclosure> Disclosures => Set<PersonalDataDisclosure>();
    public DbSet<LookupKey> LookupKeys => Set<LookupKey>();
    public DbSet<ImportJob> ImportJobs => Set<ImportJob>();
    public DbSet<ImportFile> ImportFiles => Set<ImportFile>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ResidentsDb).Assembly);
        modelBuilder.AddEventBusTables();
    }
}
