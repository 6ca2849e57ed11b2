using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.Surveys.Api.Domain.Rules;
using PropertyCloud.Surveys.Api.Domain.Sampling;
using PropertyCloud.Surveys.Api.Domain.Templates;

namespace PropertyCloud.Surveys.Api.Domain.Campaigns;

/// <summary>
/// A survey campaign (调查): a template version, a set of estates, a period and who does the fieldwork. Starting
/// it draws every estate's sample from the seed recorded here, so the sample can be drawn again and checked.
/// </summary>
public sealed class Campaign
{
    private Campaign()
    {
        Name = "";
        SurveyorOrganisation = "";
        Estates = [];
        SurveyorIds = [];
    }

    public Guid Id { get; private set; }
    public string Name { get; private set; }
    public Guid TemplateId { get; private set; }
    public int TemplateVersion { get; private set; }
    public DateOnly PeriodStart { get; private set; }
    public DateOnly PeriodEnd { get; private set; }
    public string SurveyorOrganisation { get; private set; }
    public bool ThirdParty { get; private set; }

    /// <summary>Share of each estate's households to sample, at least 0.10 (000 篇3 四).</summary>
    public decimal SamplingRate { get; private set; }

    /// <summary>Fewer responses than this in an estate and its figures carry a warning.</summary>
    public int MinimumResponses { get; private set; }

    public int Seed { get; private set; }
    public CampaignStatus Status { get; private set; }
    public List<CampaignEstate> Estates { get; private set; }

    /// <summary>User ids of the surveyors who may see this campaign's households and enter responses.</summary>
    public List<string> SurveyorIds { get; private set; }

    public DateTimeOffset PlannedAt { get; private set; }
    public DateTimeOffset? StartedAt { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }

    public static Campaign Plan(
        string name, SurveyTemplate template, IReadOnlyCollection<Guid> estateIds, DateOnly periodStart, DateOnly periodEnd,
        string surveyorOrganisation, bool thirdParty, decimal samplingRate, int minimumResponses, int seed,
        IReadOnlyCollection<string> surveyorIds, DateTimeOffset now)
    {
        CampaignMustBeSound.Check(estateIds, periodStart, periodEnd, samplingRate);
        return new Campaign
        {
            Id = Guid.CreateVersion7(),
            Name = name,
            TemplateId = template.Id,
            TemplateVersion = template.Version,
            PeriodStart = periodStart,
            PeriodEnd = periodEnd,
            SurveyorOrganisation = surveyorOrganisation,
            ThirdParty = thirdParty,
            SamplingRate = samplingRate,
            MinimumResponses = minimumResponses,
            Seed = seed,
            Status = CampaignStatus.Planned,
            Estates = [.. estateIds.Distinct().Select(id => new CampaignEstate { EstateId = id })],
            SurveyorIds = [.. surveyorIds.Distinct()],
            PlannedAt = now,
        };
    }

    public bool Covers(Guid estateId) => Estates.Any(e => e.EstateId == estateId);

    public bool IsSurveyor(string? userId) => userId is not null && SurveyorIds.Contains(userId);

    /// <summary>Each estate draws from its own seed, derived from the campaign's, so adding an estate changes no other sample.</summary>
    public int EstateSeed(Guid estateId)
    {
        var bytes = estateId.ToByteArray();
        return unchecked(Seed ^ BitConverter.ToInt32(bytes, 0) ^ BitConverter.ToInt32(bytes, 12));
    }

    /// <summary>Draws every estate's sample; returns them keyed by estate.</summary>
    public IReadOnlyDictionary<Guid, EstateSample> Start(Func<Guid, IReadOnlyList<SamplingUnit>> householdsOf, DateTimeOffset now)
    {
        if (Status != CampaignStatus.Planned)
        {
            throw new ConflictException("campaign.already_started", new("调查已开始", "The campaign has already started"));
        }
        var samples = new Dictionary<Guid, EstateSample>();
        foreach (var estate in Estates)
        {
            var sample = StratifiedSampler.Draw(householdsOf(estate.EstateId), SamplingRate, EstateSeed(estate.EstateId));
            EstateMustHaveHouseholds.Check(estate.EstateId, sample);
            estate.Households = sample.Households;
            estate.Entrances = sample.Entrances;
            estate.Target = sample.Target;
            estate.Sampled = sample.Drawn.Count;
            estate.Seed = EstateSeed(estate.EstateId);
            samples[estate.EstateId] = sample;
        }
        Status = CampaignStatus.Started;
        StartedAt = now;
        return samples;
    }

    public void Close(DateTimeOffset now)
    {
        CampaignMustBeOpen.Check(this);
        Status = CampaignStatus.Closed;
        ClosedAt = now;
    }
}
