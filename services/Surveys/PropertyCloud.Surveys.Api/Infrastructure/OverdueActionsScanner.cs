using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.BuildingBlocks.EventBus;
using PropertyCloud.Surveys.Contracts;

namespace PropertyCloud.Surveys.Api.Infrastructure;

/// <summary>
/// Escalates open corrective actions past their deadline to the quality department with
/// <see cref="CorrectiveActionOverdue"/>, once per deadline.
/// </summary>
internal sealed class OverdueActionsScanner(
    IServiceScopeFactory scopeFactory, TimeProvider clock, IOptions<OverdueActionsOptions> options, ILogger<OverdueActionsScanner> logger)
    : ClaimedBatchScanner<SurveysDb>(scopeFactory, clock, logger)
{
    protected override TimeSpan Interval => options.Value.ScanInterval;

    protected override int BatchSize => options.Value.BatchSize;

    protected override async Task<int> ClaimBatchAsync(SurveysDb db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var today = EstateCalendar.Day(now);
        var actions = await db.CorrectiveActions.FromSql($"""
            SELECT *, xmin FROM corrective_actions
            WHERE status = 'Open' AND overdue_at IS NULL AND deadline < {today}
            ORDER BY deadline
            LIMIT {BatchSize}
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
        return actions.Count;
    }
}
