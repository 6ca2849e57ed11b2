namespace PropertyCloud.Surveys.Api.Domain.Campaigns;

/// <summary>An estate of a campaign and what its sample was drawn from (coverage = sample / households).</summary>
public sealed class CampaignEstate
{
    public required Guid EstateId { get; init; }
    public int Households { get; set; }
    public int Entrances { get; set; }
    public int Target { get; set; }

    /// <summary>Households drawn at the start (at least the target: every entrance gets one).</summary>
    public int Sampled { get; set; }
    public int Seed { get; set; }
}
