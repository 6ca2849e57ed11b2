namespace PropertyCloud.Web.Api.Surveys;

/// <summary>
/// A questionnaire waiting for the signed-in resident (their household was drawn into a running campaign);
/// <see cref="Path"/> opens it (the questions) and takes the answers.
/// </summary>
public sealed record MyQuestionnaire(Guid SampledHouseholdId, Guid CampaignId, string CampaignName, DateOnly PeriodStart, DateOnly PeriodEnd,
    Guid UnitId, string Address, bool Started, int AnsweredItems, int TotalItems, string Path);
