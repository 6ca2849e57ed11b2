using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.Surveys.Api.Domain.Campaigns;

namespace PropertyCloud.Surveys.Api.Domain.Rules;

/// <summary>A household that declined gets no link and no response; its replacement does.</summary>
internal static class HouseholdMustTakePart
{
    public static void Check(SampledHousehold household)
    {
        if (household.Status == SampleStatus.Declined)
        {
            throw new DomainException("sample.declined", new("该户已谢绝调查", "The household declined the survey"), "sampledHouseholdId");
        }
    }
}
