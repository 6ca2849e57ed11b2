using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.Surveys.Api.Domain.Templates;

namespace PropertyCloud.Surveys.Api.Domain.Rules;

/// <summary>A template has at least one category, every category at least one item, and every code is unique.</summary>
internal static class TemplateMustBeWellFormed
{
    public static void Check(int scalePoints, IReadOnlyList<TemplateCategory> categories)
    {
        if (scalePoints is < 2 or > 11)
        {
            throw new DomainException("template.scale", new("量表须为 2 到 11 级", "The scale must have 2 to 11 points"), "scalePoints");
        }
        if (categories.Count == 0 || categories.Any(c => c.Items.Count == 0))
        {
            throw new DomainException("template.empty", new("每个大项至少需要一个子项", "Every category needs at least one item"), "categories");
        }
        var codes = categories.Select(c => c.Code).Concat(categories.SelectMany(c => c.Items).Select(i => i.Code)).ToList();
        if (codes.Distinct(StringComparer.Ordinal).Count() != codes.Count)
        {
            throw new DomainException("template.duplicate_code", new("大项和子项的编码不得重复", "Category and item codes must be unique"), "categories");
        }
        if (categories.Any(c => c.Weight is <= 0))
        {
            throw new DomainException("template.weight", new("大项权重须为正数", "Category weights must be positive"), "categories");
        }
    }
}
