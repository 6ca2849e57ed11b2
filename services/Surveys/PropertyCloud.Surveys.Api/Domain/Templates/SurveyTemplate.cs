using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.Surveys.Api.Domain.Rules;

namespace PropertyCloud.Surveys.Api.Domain.Templates;

/// <summary>
/// A questionnaire: categories of items answered on a scale of <see cref="ScalePoints"/> points (1 = very
/// dissatisfied … top = very satisfied, mapped to 0–100), an optional overall-satisfaction question reported on
/// its own, and free text for praise, problems and suggestions. Versions are immutable: a change is a new version.
/// </summary>
public sealed class SurveyTemplate
{
    private SurveyTemplate()
    {
        Code = "";
        Name = "";
        Categories = [];
    }

    public Guid Id { get; private set; }

    /// <summary>Stable across versions, e.g. "standard-6x25".</summary>
    public string Code { get; private set; }

    public int Version { get; private set; }
    public string Name { get; private set; }
    public int ScalePoints { get; private set; }

    /// <summary>The overall-satisfaction question (总体满意度), null when the template has none.</summary>
    public string? OverallQuestion { get; private set; }

    public List<TemplateCategory> Categories { get; private set; }
    public DateTimeOffset PublishedAt { get; private set; }

    public int ItemCount => Categories.Sum(c => c.Items.Count);

    public static SurveyTemplate Publish(
        Guid id, string code, int version, string name, int scalePoints, string? overallQuestion,
        IReadOnlyList<TemplateCategory> categories, DateTimeOffset now)
    {
        TemplateMustBeWellFormed.Check(scalePoints, categories);
        return new SurveyTemplate
        {
            Id = id,
            Code = code,
            Version = version,
            Name = name,
            ScalePoints = scalePoints,
            OverallQuestion = overallQuestion,
            Categories = [.. categories],
            PublishedAt = now,
        };
    }

    /// <summary>A scale answer (1..points) as 0–100: on 5 points 1→0, 2→25, 3→50, 4→75, 5→100.</summary>
    public decimal ToIndex(int answer, string field)
    {
        if (answer < 1 || answer > ScalePoints)
        {
            throw new DomainException("response.answer_off_scale",
                new($"答案须在 1 到 {ScalePoints} 之间", $"An answer must be between 1 and {ScalePoints}"), field);
        }
        return 100m * (answer - 1) / (ScalePoints - 1);
    }

    public TemplateCategory? CategoryOf(string itemCode) =>
        Categories.FirstOrDefault(c => c.Items.Any(i => i.Code == itemCode));
}
