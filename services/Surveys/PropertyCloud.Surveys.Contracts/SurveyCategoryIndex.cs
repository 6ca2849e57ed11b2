namespace PropertyCloud.Surveys.Contracts;

/// <summary>One category's satisfaction index (0–100) in an estate, e.g. "日常管理" 78.5 from 52 responses.</summary>
public sealed record SurveyCategoryIndex
{
    /// <summary>Stable code of the category within its template, e.g. "daily-management".</summary>
    public required string Code { get; init; }

    public required string Name { get; init; }

    /// <summary>0–100, null when nobody answered any of its items.</summary>
    public required decimal? Index { get; init; }

    /// <summary>Responses with at least one answer in this category.</summary>
    public required int Responses { get; init; }

    /// <summary>Items in the category; by default categories are weighted by their item count.</summary>
    public required int ItemCount { get; init; }
}
