using Microsoft.EntityFrameworkCore;
using PropertyCloud.Archives.Api.Domain;
using PropertyCloud.Archives.Api.Domain.Audit;
using PropertyCloud.Archives.Api.Domain.Custody;
using PropertyCloud.Archives.Api.Domain.Destruction;
using PropertyCloud.Archives.Api.Domain.Documents;
using PropertyCloud.Archives.Api.Domain.Engineering;
using PropertyCloud.Archives.Api.Domain.Files;
using PropertyCloud.Archives.Api.Domain.Filing;
using PropertyCloud.Archives.Api.Domain.Lending;
using PropertyCloud.Archives.Api.Domain.Owners;
using PropertyCloud.Archives.Api.Domain.Reconciliation;
using PropertyCloud.Archives.Api.Domain.Search;
using PropertyCloud.Archives.Api.Domain.Temporary;
using PropertyCloud.BuildingBlocks.EventBus;

namespace PropertyCloud.Archives.Api.Infrastructure;

/// <summary>The Archives service's own database.</summary>
public sealed class ArchivesDb(DbContextOptions<ArchivesDb> options) : DbContext(options)
{
    public DbSet<CustomerFile> CustomerFiles => Set<CustomerFile>();
    public DbSet<ArchiveDocument> Documents => Set<ArchiveDocument>();
    public DbSet<DocumentVersion> DocumentVersions => Set<DocumentVersion>();
    public DbSet<Loan> Loans => Set<Loan>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<AuditChainHead> AuditChainHeads => Set<AuditChainHead>();
    public DbSet<FileRecord> FileRecords => Set<FileRecord>();
    public DbSet<PendingFiling> PendingFilings => Set<PendingFiling>();
    public DbSet<DestructionBatch> DestructionBatches => Set<DestructionBatch>();
    public DbSet<TemporaryFile> TemporaryFiles => Set<TemporaryFile>();
    public DbSet<LoanMonthlyReport> LoanMonthlyReports => Set<LoanMonthlyReport>();
    public DbSet<ArchiveFile> ArchiveFiles => Set<ArchiveFile>();
    public DbSet<Equipment> Equipment => Set<Equipment>();
    public DbSet<InspectionCertificate> InspectionCertificates => Set<InspectionCertificate>();
    public DbSet<FileReconciliation> Reconciliations => Set<FileReconciliation>();
    public DbSet<MissingItem> MissingItems => Set<MissingItem>();
    public DbSet<CustodyTransfer> CustodyTransfers => Set<CustodyTransfer>();
    public DbSet<DocumentSearchEntry> DocumentSearch => Set<DocumentSearchEntry>();
    public DbSet<UnitOwnership> UnitOwnerships => Set<UnitOwnership>();
    public DbSet<OwnerAccount> OwnerAccounts => Set<OwnerAccount>();

    /// <summary>The units the login <paramref name="userId"/> owns in the estate, with the day each holding began.</summary>
    public IQueryable<UnitOwnership> HoldingsOf(Guid estateId, string userId) =>
        UnitOwnerships.Where(o => o.EstateId == estateId
            && OwnerAccounts.Any(a => a.OwnerId == o.OwnerId && a.EstateId == estateId && a.UserId == userId));

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasPostgresExtension("pg_trgm");
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ArchivesDb).Assembly);
        modelBuilder.AddEventBusTables();
    }
}
