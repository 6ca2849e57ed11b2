using Microsoft.EntityFrameworkCore;
using PropertyCloud.Archives.Api.Domain;
using PropertyCloud.Archives.Api.Domain.Audit;
using PropertyCloud.Archives.Api.Domain.Destruction;
using PropertyCloud.Archives.Api.Domain.Documents;
using PropertyCloud.Archives.Api.Domain.Filing;
using PropertyCloud.Archives.Api.Domain.Lending;
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

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ArchivesDb).Assembly);
        modelBuilder.AddEventBusTables();
    }
}
