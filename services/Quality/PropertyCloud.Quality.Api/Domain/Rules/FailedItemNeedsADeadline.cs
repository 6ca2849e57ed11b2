using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.Quality.Api.Domain.Inspections;
using PropertyCloud.Quality.Api.Figures;

namespace PropertyCloud.Quality.Api.Domain.Rules;

/// <summary>A failed item needs a rectification deadline, not before the day of the inspection.</summary>
internal static class FailedItemNeedsADeadline
{
    public static DateOnly Check(ChecklistItem item, ItemCheck check, DateTimeOffset inspectedAt)
    {
        if (check.RectifyBy is not { } deadline)
        {
            throw new DomainException("inspection.deadline_missing",
                new($"不合格项 {item.Code} 须指定整改期限", $"Failed item {item.Code} needs a rectification deadline"), "rectifyBy");
        }
        if (deadline < QualityCalendar.Day(inspectedAt))
        {
            throw new DomainException("inspection.deadline_past",
                new($"不合格项 {item.Code} 的整改期限不能早于检查日期", $"Failed item {item.Code}'s deadline may not be before the inspection"), "rectifyBy");
        }
        return deadline;
    }
}
