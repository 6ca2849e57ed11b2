using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.Quality.Api.Domain.Inspections;

namespace PropertyCloud.Quality.Api.Domain.Rules;

/// <summary>An inspection answers every item of its checklist exactly once, and nothing else.</summary>
internal static class EveryItemMustBeCheckedOnce
{
    public static void Check(ChecklistTemplate template, IReadOnlyList<ItemCheck> checks)
    {
        var expected = template.Items.Select(i => i.Code).ToHashSet(StringComparer.Ordinal);
        var unknown = checks.FirstOrDefault(c => !expected.Contains(c.Code));
        if (unknown is not null)
        {
            throw new DomainException("inspection.unknown_item", new($"检查表中没有检查项 {unknown.Code}", $"The checklist has no item {unknown.Code}"), "items");
        }
        var twice = checks.GroupBy(c => c.Code, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            throw new DomainException("inspection.item_twice", new($"检查项 {twice.Key} 记录了两次", $"Item {twice.Key} was recorded twice"), "items");
        }
        var missing = template.Items.FirstOrDefault(i => checks.All(c => c.Code != i.Code));
        if (missing is not null)
        {
            throw new DomainException("inspection.item_missing", new($"检查项 {missing.Code} 未检查", $"Item {missing.Code} was not checked"), "items");
        }
    }
}
