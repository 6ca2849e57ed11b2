namespace PropertyCloud.Quality.Api.Figures;

/// <summary>The estates figures are read for: a list, or every estate of the group.</summary>
public sealed record FigureScope(bool AllEstates, IReadOnlyList<Guid> EstateIds)
{
    public static readonly FigureScope Group = new(true, []);

    public static FigureScope Of(IEnumerable<Guid> estateIds) => new(false, [.. estateIds]);
}
