using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.Quality.Api.Domain.Inspections;

namespace PropertyCloud.Quality.Api.Domain.Rules;

/// <summary>A checklist has at least one item and no item code twice.</summary>
internal static class ChecklistItemsMustBeDistinct
{
    public static void Check(IReadOnlyList<ChecklistItem> items)
    {
        if (items.Count == 0)
        {
            throw new DomainException("checklist.empty", new("检查表至少要有一项", "A checklist needs at least one item"), "items");
        }
        var twice = items.GroupBy(i => i.Code, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            throw new DomainException("checklist.item_code_twice", new($"检查项编码 {twice.Key} 重复", $"Item code {twice.Key} appears twice"), "items");
        }
    }
}
