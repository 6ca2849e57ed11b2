using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.Surveys.Api.Domain.Sampling;

namespace PropertyCloud.Surveys.Api.Domain.Rules;

/// <summary>A sample cannot be drawn from an estate whose households have not arrived from Residents.</summary>
internal static class EstateMustHaveHouseholds
{
    public static void Check(Guid estateId, EstateSample sample)
    {
        if (sample.Households == 0)
        {
            throw new DomainException("campaign.estate_without_households",
                new($"小区 {estateId} 没有可抽样的住户", $"Estate {estateId} has no households to sample"), "estateIds");
        }
    }
}
