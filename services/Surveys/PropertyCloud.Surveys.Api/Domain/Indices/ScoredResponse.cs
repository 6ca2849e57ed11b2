namespace PropertyCloud.Surveys.Api.Domain.Indices;

/// <summary>One response as the index arithmetic sees it: its design weight, its item answers on 0–100, the overall question.</summary>
public sealed record ScoredResponse(decimal Weight, IReadOnlyDictionary<string, decimal> ItemScores, decimal? Overall);
