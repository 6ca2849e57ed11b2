using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Repairs.Api.Domain.Rules;

/// <summary>回访 records satisfaction on a five-point scale: 1 very dissatisfied … 5 very satisfied.</summary>
internal static class SatisfactionScoreMustBeOneToFive
{
    public static void Check(int score)
    {
        if (score is < 1 or > 5)
        {
            throw new DomainException("repair.satisfaction_score_out_of_range",
                new("满意度评分须在 1 到 5 之间", "The satisfaction score must be between 1 and 5"), "satisfactionScore");
        }
    }
}
