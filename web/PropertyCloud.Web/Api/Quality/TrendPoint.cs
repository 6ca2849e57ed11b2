namespace PropertyCloud.Web.Api.Quality;

/// <summary>A closed survey campaign's satisfaction figures for one estate, from the Surveys API's trend.</summary>
public sealed record TrendPoint(Guid CampaignId, string Name, DateOnly PeriodEnd, decimal? Index, decimal? OverallSatisfaction, int Responses);
