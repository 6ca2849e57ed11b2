namespace PropertyCloud.Surveys.Api.Apis;

/// <summary>
/// A questionnaire waiting for the signed-in resident: their household was drawn into a running campaign and has not
/// finished answering. <see cref="Path"/> opens it (GET: the template) and saves answers (POST: a ResponseRequest).
/// </summary>
public sealed record MyQuestionnaire(
    Guid SampledHouseholdId, Guid CampaignId, string CampaignName, DateOnly PeriodStart, DateOnly PeriodEnd,
    Guid UnitId, string Address, bool Started, int AnsweredItems, int TotalItems, string Path);
