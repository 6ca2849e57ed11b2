using Microsoft.EntityFrameworkCore;
using PropertyCloud.Surveys.Api.Domain.Campaigns;
using PropertyCloud.Surveys.Api.Domain.Indices;
using PropertyCloud.Surveys.Api.Infrastructure;

namespace PropertyCloud.Surveys.Api.Apis;

/// <summary>Reads a campaign's samples and responses and turns them into coverage and index figures.</summary>
public sealed class CampaignFigures(SurveysDb db)
{
    public async Task<CampaignResponse> DescribeAsync(Campaign campaign, CancellationToken cancellationToken)
    {
        var sampled = await db.SampledHouseholds.AsNoTracking().Where(s => s.CampaignId == campaign.Id)
            .Select(s => new { s.EstateId, s.BuildingId, s.Entrance, s.Status }).ToListAsync(cancellationToken);
        var responses = await db.Responses.AsNoTracking().Where(r => r.CampaignId == campaign.Id)
            .GroupBy(r => r.EstateId)
            .Select(g => new { EstateId = g.Key, All = g.Count(), Complete = g.Count(r => r.Complete) })
            .ToDictionaryAsync(g => g.EstateId, cancellationToken);
        var estateIds = campaign.Estates.Select(e => e.EstateId).ToList();
        var names = await db.Estates.AsNoTracking().Where(e => estateIds.Contains(e.EstateId))
            .ToDictionaryAsync(e => e.EstateId, e => e.Name, cancellationToken);
        var estates = campaign.Estates.Select(e =>
        {
            var mine = sampled.Where(s => s.EstateId == e.EstateId).ToList();
            var active = mine.Where(s => s.Status == SampleStatus.Drawn).ToList();
            var counts = responses.GetValueOrDefault(e.EstateId);
            return new EstateCoverage(e.EstateId, names.GetValueOrDefault(e.EstateId), e.Households, e.Entrances,
                active.Select(s => (s.BuildingId, s.Entrance)).Distinct().Count(), e.Target, active.Count,
                mine.Count - active.Count, counts?.All ?? 0, counts?.Complete ?? 0,
                e.Households == 0 ? 0m : Math.Round((decimal)active.Count / e.Households, 4), e.Seed);
        }).ToList();
        return new CampaignResponse(campaign.Id, campaign.Name, campaign.TemplateId, campaign.TemplateVersion, campaign.PeriodStart,
            campaign.PeriodEnd, campaign.SurveyorOrganisation, campaign.ThirdParty, campaign.SamplingRate, campaign.MinimumResponses,
            campaign.Seed, campaign.Status, campaign.SurveyorIds, estates);
    }

    /// <summary>Each estate's figures, responses weighted by their household's design weight.</summary>
    public async Task<Dictionary<Guid, SurveyIndices>> EstateFiguresAsync(Campaign campaign, CancellationToken cancellationToken) =>
        await FiguresAsync(campaign, campaign.Estates.Select(e => e.EstateId).ToList(), cancellationToken);

    /// <summary>One estate's figures, reading only its own responses.</summary>
    public async Task<SurveyIndices> EstateFiguresAsync(Campaign campaign, Guid estateId, CancellationToken cancellationToken) =>
        (await FiguresAsync(campaign, [estateId], cancellationToken))[estateId];

    private async Task<Dictionary<Guid, SurveyIndices>> FiguresAsync(Campaign campaign, List<Guid> estateIds, CancellationToken cancellationToken)
    {
        var template = await db.Templates.AsNoTracking().FirstAsync(t => t.Id == campaign.TemplateId, cancellationToken);
        var weights = await db.SampledHouseholds.AsNoTracking().Where(s => s.CampaignId == campaign.Id && estateIds.Contains(s.EstateId))
            .ToDictionaryAsync(s => s.Id, s => s.Weight, cancellationToken);
        var responses = await db.Responses.AsNoTracking().Where(r => r.CampaignId == campaign.Id && estateIds.Contains(r.EstateId))
            .ToListAsync(cancellationToken);
        return estateIds.ToDictionary(id => id, id => IndexCalculator.Compute(
            template,
            [.. responses.Where(r => r.EstateId == id).Select(r => r.Scored(template, weights[r.SampledHouseholdId]))],
            campaign.MinimumResponses));
    }
}
