namespace PropertyCloud.Quality.Api.Figures;

/// <summary>One survey category's index (0–100) over the campaigns closed in a bucket, estates weighted by households.</summary>
public sealed record SurveyCategoryFigure(string Code, string Name, decimal? Index)
{
    public static IReadOnlyList<SurveyCategoryFigure> From(IReadOnlyDictionary<string, decimal?> m) =>
        [.. m.Where(p => p.Key.StartsWith(Metrics.SurveyCategoryPrefix, StringComparison.Ordinal))
            .Select(p => Parse(p.Key[Metrics.SurveyCategoryPrefix.Length..], p.Value))
            .OrderBy(c => c.Code, StringComparer.Ordinal)];

    private static SurveyCategoryFigure Parse(string codeAndName, decimal? index)
    {
        var colon = codeAndName.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? new(codeAndName, codeAndName, index) : new(codeAndName[..colon], codeAndName[(colon + 1)..], index);
    }
}
