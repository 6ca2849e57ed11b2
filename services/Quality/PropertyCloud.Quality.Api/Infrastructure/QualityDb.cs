using Microsoft.EntityFrameworkCore;
using PropertyCloud.BuildingBlocks.EventBus;
using PropertyCloud.Quality.Api.Domain.Inspections;
using PropertyCloud.Quality.Api.Domain.Scoring;
using PropertyCloud.Quality.Api.EventStore;
using PropertyCloud.Quality.Api.Infrastructure.Photos;
using PropertyCloud.Quality.Api.ReadModels;
using PropertyCloud.Quality.Api.Reports;

namespace PropertyCloud.Quality.Api.Infrastructure;

/// <summary>The Quality service's own database: the stored events, the read models built from them, and inspections.</summary>
public sealed class QualityDb(DbContextOptions<QualityDb> options) : DbContext(options)
{
    public DbSet<StoredEvent> StoredEvents => Set<StoredEvent>();
    public DbSet<EstateEntry> Estates => Set<EstateEntry>();
    public DbSet<RepairOrderFact> RepairOrders => Set<RepairOrderFact>();
    public DbSet<ComplaintFact> Complaints => Set<ComplaintFact>();
    public DbSet<BillFact> Bills => Set<BillFact>();
    public DbSet<PaymentFact> Payments => Set<PaymentFact>();
    public DbSet<PaymentAllocationFact> PaymentAllocations => Set<PaymentAllocationFact>();
    public DbSet<SurveyResultFact> SurveyResults => Set<SurveyResultFact>();
    public DbSet<CorrectiveActionFact> CorrectiveActions => Set<CorrectiveActionFact>();
    public DbSet<ReopeningFact> Reopenings => Set<ReopeningFact>();
    public DbSet<SurveyCategoryResultFact> SurveyCategoryResults => Set<SurveyCategoryResultFact>();
    public DbSet<ScoreWeights> ScoreWeights => Set<ScoreWeights>();
    public DbSet<ChecklistTemplate> ChecklistTemplates => Set<ChecklistTemplate>();
    public DbSet<Inspection> Inspections => Set<Inspection>();
    public DbSet<Finding> Findings => Set<Finding>();
    public DbSet<InspectionPhoto> InspectionPhotos => Set<InspectionPhoto>();
    public DbSet<PhotoContent> PhotoContents => Set<PhotoContent>();
    public DbSet<MonthlyReport> MonthlyReports => Set<MonthlyReport>();

    /// <summary>The quality department's score weights, or the defaults until it sets its own.</summary>
    public async Task<ScoreWeights> CurrentWeightsAsync(CancellationToken cancellationToken) =>
        await ScoreWeights.FindAsync([Domain.Scoring.ScoreWeights.SingletonId], cancellationToken) ?? Domain.Scoring.ScoreWeights.Default();

    /// <summary>
    /// Set by a replay once it has loaded every row a batch of events touches: a row not tracked then does not
    /// exist, so <see cref="FindReadModelAsync{T}"/> need not ask the database.
    /// </summary>
    internal bool ReplayRowsPreloaded { get; set; }

    internal async ValueTask<T?> FindReadModelAsync<T>(object[] key, CancellationToken cancellationToken) where T : class =>
        ReplayRowsPreloaded ? Set<T>().Local.FindEntryUntyped(key)?.Entity : await Set<T>().FindAsync(key, cancellationToken);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(QualityDb).Assembly);
        modelBuilder.AddEventBusTables();
    }
}
