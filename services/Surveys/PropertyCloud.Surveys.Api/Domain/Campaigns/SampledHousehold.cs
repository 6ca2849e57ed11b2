using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.Surveys.Api.Domain.Households;
using PropertyCloud.Surveys.Api.Domain.Rules;
using PropertyCloud.Surveys.Api.Domain.Sampling;

namespace PropertyCloud.Surveys.Api.Domain.Campaigns;

/// <summary>A household drawn into a campaign's sample (or as the replacement of one that declined).</summary>
public sealed class SampledHousehold
{
    private SampledHousehold()
    {
        Address = "";
        Entrance = "";
    }

    public Guid Id { get; private set; }
    public Guid CampaignId { get; private set; }
    public Guid EstateId { get; private set; }
    public Guid UnitId { get; private set; }
    public Guid BuildingId { get; private set; }
    public string Entrance { get; private set; }
    public int Floor { get; private set; }
    public string Address { get; private set; }
    public FloorBand Band { get; private set; }
    public int DrawOrder { get; private set; }

    /// <summary>Households of its building this one stands for.</summary>
    public decimal Weight { get; private set; }

    public SampleStatus Status { get; private set; }
    public Guid? ReplacesId { get; private set; }

    /// <summary>SHA-256 of the resident's one-time link token; the token itself is never stored.</summary>
    public string? LinkTokenHash { get; private set; }

    public static SampledHousehold Drawn(Guid campaignId, Guid estateId, SampleDraw draw, Household household, Guid? replaces = null) => new()
    {
        Id = Guid.CreateVersion7(),
        CampaignId = campaignId,
        EstateId = estateId,
        UnitId = draw.Household.UnitId,
        BuildingId = draw.Household.BuildingId,
        Entrance = draw.Household.Entrance,
        Floor = draw.Household.Floor,
        Address = household.Address,
        Band = draw.Band,
        DrawOrder = draw.Order,
        Weight = draw.Weight,
        Status = SampleStatus.Drawn,
        ReplacesId = replaces,
    };

    public SampleDraw AsDraw() => new(new SamplingUnit(UnitId, BuildingId, Entrance, Floor), Band, DrawOrder, Weight);

    /// <summary>The household declined to take part; a replacement is drawn by the same rules.</summary>
    public void Decline()
    {
        if (Status == SampleStatus.Declined)
        {
            throw new ConflictException("sample.already_declined", new("该户已谢绝调查", "The household has already declined"));
        }
        Status = SampleStatus.Declined;
    }

    public void IssueLink(string tokenHash)
    {
        HouseholdMustTakePart.Check(this);
        LinkTokenHash = tokenHash;
    }
}
