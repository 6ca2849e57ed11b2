using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Surveys.Api.Domain.Rules;

/// <summary>A campaign covers at least one estate, ends after it starts and samples at least 10% (000 篇3 四).</summary>
internal static class CampaignMustBeSound
{
    public const decimal MinimumSamplingRate = 0.10m;

    public static void Check(IReadOnlyCollection<Guid> estateIds, DateOnly start, DateOnly end, decimal samplingRate)
    {
        if (estateIds.Count == 0)
        {
            throw new DomainException("campaign.no_estates", new("调查至少包含一个小区", "A campaign covers at least one estate"), "estateIds");
        }
        if (end < start)
        {
            throw new DomainException("campaign.period", new("结束日期不得早于开始日期", "The period must end after it starts"), "periodEnd");
        }
        if (samplingRate is < MinimumSamplingRate or > 1m)
        {
            throw new DomainException("campaign.sampling_rate",
                new("抽样比例不得低于总户数的10%", "The sample must be at least 10% of households"), "samplingRate");
        }
    }
}
