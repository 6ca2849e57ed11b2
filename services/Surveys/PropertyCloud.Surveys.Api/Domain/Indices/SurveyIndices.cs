namespace PropertyCloud.Surveys.Api.Domain.Indices;

/// <summary>
/// The figures of an estate (or a company or group rolled up from estates): items, categories, the weighted index
/// with its 95% confidence interval, and the overall-satisfaction question on its own.
/// </summary>
public sealed record SurveyIndices(
    IReadOnlyList<ItemFigure> Items,
    IReadOnlyList<CategoryFigure> Categories,
    decimal? Index,
    decimal? StandardError,
    int Responses,
    decimal? Overall,
    int OverallResponses,
    bool TooFew)
{
    private const decimal Z95 = 1.96m;

    public decimal? Low => Index is { } index && StandardError is { } se ? Math.Max(0m, index - (Z95 * se)) : null;

    public decimal? High => Index is { } index && StandardError is { } se ? Math.Min(100m, index + (Z95 * se)) : null;
}
