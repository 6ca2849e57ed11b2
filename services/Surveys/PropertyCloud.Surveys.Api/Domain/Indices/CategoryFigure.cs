namespace PropertyCloud.Surveys.Api.Domain.Indices;

/// <summary>A category's index (0–100, its items counting equally), responses behind it, and its weight in the estate index.</summary>
public sealed record CategoryFigure(string Code, string Name, decimal? Index, int Responses, int ItemCount, decimal Weight);
