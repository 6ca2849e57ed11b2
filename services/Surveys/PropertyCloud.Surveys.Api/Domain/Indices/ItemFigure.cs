namespace PropertyCloud.Surveys.Api.Domain.Indices;

/// <summary>An item's index (0–100) and the number of responses that answered it.</summary>
public sealed record ItemFigure(string Code, string CategoryCode, decimal? Index, int Responses);
