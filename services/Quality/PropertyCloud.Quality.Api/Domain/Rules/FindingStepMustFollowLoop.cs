using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.Quality.Api.Domain.Inspections;

namespace PropertyCloud.Quality.Api.Domain.Rules;

/// <summary>A finding is rectified only while open, and verified only once reported rectified.</summary>
internal static class FindingStepMustFollowLoop
{
    public static void Check(Finding finding, FindingStatus required)
    {
        if (finding.Status != required)
        {
            throw new DomainException("finding.wrong_step",
                new($"整改项当前状态为 {finding.Status}，不能执行此操作", $"The finding is {finding.Status}; this step is not possible now"), "status");
        }
    }
}
