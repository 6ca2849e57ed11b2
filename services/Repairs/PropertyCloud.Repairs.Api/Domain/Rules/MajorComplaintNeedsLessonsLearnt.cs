using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Repairs.Api.Domain.Rules;

/// <summary>篇3 建议(3): a major complaint is closed only with a lessons-learnt summary, so it is not repeated.</summary>
internal static class MajorComplaintNeedsLessonsLearnt
{
    public static void Check(bool isMajor, string? lessonsLearnt)
    {
        if (isMajor && string.IsNullOrWhiteSpace(lessonsLearnt))
        {
            throw new DomainException("complaint.major_requires_lessons_learnt",
                new("重大投诉须填写经验教训总结后方可关闭", "A major complaint needs a lessons-learnt note before it can be closed"),
                "lessonsLearnt");
        }
    }
}
