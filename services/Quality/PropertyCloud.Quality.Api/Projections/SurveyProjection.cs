using PropertyCloud.Quality.Api.Infrastructure;
using PropertyCloud.Quality.Api.ReadModels;
using PropertyCloud.Surveys.Contracts;

namespace PropertyCloud.Quality.Api.Projections;

internal static class SurveyProjection
{
    public static async Task ApplyAsync(QualityDb db, SurveyCampaignClosed e, CancellationToken cancellationToken)
    {
        if (await db.FindReadModelAsync<SurveyResultFact>([e.CampaignId, e.EstateId], cancellationToken) is null)
        {
            db.SurveyResults.Add(SurveyResultFact.Closed(e.CampaignId, e.EstateId, e.CampaignName, e.OccurredAt, e.Households,
                e.Responses, e.Index, e.OverallSatisfaction, e.TooFewResponses));
            foreach (var category in e.Categories)
            {
                db.SurveyCategoryResults.Add(SurveyCategoryResultFact.Closed(e.CampaignId, e.EstateId, category.Code, category.Name,
                    e.OccurredAt, e.Households, category.Responses, category.Index));
            }
        }
    }

    public static async Task ApplyAsync(QualityDb db, CorrectiveActionOpened e, CancellationToken cancellationToken) =>
        (await ActionAsync(db, e.ActionId, e.EstateId, cancellationToken)).RecordOpened(e.Title, e.Deadline, e.OccurredAt);

    public static async Task ApplyAsync(QualityDb db, CorrectiveActionOverdue e, CancellationToken cancellationToken) =>
        (await ActionAsync(db, e.ActionId, e.EstateId, cancellationToken)).RecordOverdue(e.OccurredAt);

    public static async Task ApplyAsync(QualityDb db, CorrectiveActionVerified e, CancellationToken cancellationToken) =>
        (await ActionAsync(db, e.ActionId, e.EstateId, cancellationToken)).RecordVerified(e.Effective, e.OccurredAt);

    private static Task<CorrectiveActionFact> ActionAsync(QualityDb db, Guid actionId, Guid estateId, CancellationToken cancellationToken) =>
        db.FindOrAddAsync(actionId, () => CorrectiveActionFact.For(actionId, estateId), cancellationToken);
}
