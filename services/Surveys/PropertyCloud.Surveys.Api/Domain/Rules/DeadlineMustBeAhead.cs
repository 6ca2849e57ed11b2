using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Surveys.Api.Domain.Rules;

/// <summary>A corrective action's deadline is today or later.</summary>
internal static class DeadlineMustBeAhead
{
    public static void Check(DateOnly deadline, DateOnly today, string field)
    {
        if (deadline < today)
        {
            throw new DomainException("action.deadline_past", new("完成期限不得早于今天", "The deadline cannot be in the past"), field);
        }
    }
}
