namespace PropertyCloud.Surveys.Api.Domain.Templates;

/// <summary>
/// A category (大项) of items. Its items count equally; in the estate index it weighs <see cref="Weight"/>,
/// or its number of items when no weight is configured.
/// </summary>
public sealed class TemplateCategory
{
    public required string Code { get; init; }
    public required string Name { get; init; }
    public decimal? Weight { get; init; }
    public required List<TemplateItem> Items { get; init; }

    public decimal EffectiveWeight => Weight ?? Items.Count;
}
