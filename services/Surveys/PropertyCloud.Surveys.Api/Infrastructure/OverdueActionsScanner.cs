using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PropertyCloud.BuildingBlocks.EventBus;
using PropertyCloud.Surveys.Api.Domain;
using PropertyCloud.Surveys.Contracts;

namespace PropertyCloud.Surveys.Api.Infrastructure;

/// <summary>
/// Escalates open corrective actions past their deadline to the quality department with
/// <see cref="CorrectiveActionOverdue"/>, once per deadline. Rows are claimed with FOR UPDATE SKIP LOCKED, so several
/// instances scan side by side without escalating twice.
/// </summary>
internal sealed class OverdueActionsScanner(
    IServiceScopeFactory scopeFactory, TimeProvider clock, IOptions<OverdueActionsOptions> options, ILogger<OverdueActionsScanner> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.ScanInterval, clock);
        do
        {
            try
            {
                while (await ScanBatchAsync(stoppingToken) == options.Value.BatchSize)
                {
                }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "Overdue corrective action scan failed; retrying at the next interval");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task<int> ScanBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SurveysDb>();
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var now = clock.GetUtcNow();
            var today = SurveyCalendar.Today(now);
            var actions = await db.CorrectiveActions.FromSql($"""
                SELECT *, xmin FROM corrective_actions
                WHERE status = 'Open' AND overdue_at IS NULL AND deadline < {today}
                ORDER BY deadline
                LIMIT {options.Value.BatchSize}
                FOR UPDATE SKIP LOCKED
                """).ToListAsync(cancellationToken);
            foreach (var action in actions)
            {
                action.MarkOverdue(now);
                db.AddIntegrationEvent(new CorrectiveActionOverdue
                {
                    EventId = Guid.CreateVersion7(),
                    OccurredAt = now,
                    EstateId = action.EstateId,
                    ActionId = action.Id,
                    CampaignId = action.CampaignId,
                    Title = action.Title,
                    OwnerId = action.OwnerId,
                    Deadline = action.Deadline,
                });
            }
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return actions.Count;
        });
    }
}
