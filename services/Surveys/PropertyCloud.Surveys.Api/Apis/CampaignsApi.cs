using System.Security.Cryptography;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.BuildingBlocks.EventBus;
using PropertyCloud.Surveys.Api.Domain.Campaigns;
using PropertyCloud.Surveys.Api.Domain.Sampling;
using PropertyCloud.Surveys.Api.Extensions;
using PropertyCloud.Surveys.Contracts;

namespace PropertyCloud.Surveys.Api.Apis;

/// <summary>Campaigns across estates, run by the quality department: plan, start (draw the samples), close (publish the indices).</summary>
public static class CampaignsApi
{
    internal static readonly LocalizedText CampaignText = new("调查", "campaign");

    public static RouteGroupBuilder MapCampaignsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/surveys/campaigns").WithTags("Campaigns").RequireAuthorization(SurveysPolicies.ManageCampaigns);
        api.MapGet("/", ListCampaigns);
        api.MapPost("/", PlanCampaign).Validate<CampaignRequest>();
        api.MapGet("/{campaignId:guid}", GetCampaign);
        api.MapPost("/{campaignId:guid}/start", StartCampaign);
        api.MapPost("/{campaignId:guid}/close", CloseCampaign);
        return api;
    }

    public static async Task<Ok<PagedResult<CampaignSummary>>> ListCampaigns(
        [AsParameters] SurveysServices services, [AsParameters] PageRequest page, CancellationToken cancellationToken)
    {
        var total = await services.Db.Campaigns.LongCountAsync(cancellationToken);
        var campaigns = await services.Db.Campaigns.AsNoTracking().OrderByDescending(c => c.PeriodStart).ThenBy(c => c.Id)
            .Skip(page.Skip).Take(page.Size).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResult<CampaignSummary>([.. campaigns.Select(CampaignSummary.From)], page.Number, page.Size, total));
    }

    public static async Task<Results<Created<CampaignResponse>, ProblemHttpResult>> PlanCampaign(
        CampaignRequest request, [AsParameters] SurveysServices services, CancellationToken cancellationToken)
    {
        var template = await services.Db.Templates.AsNoTracking().FirstOrDefaultAsync(t => t.Id == request.TemplateId, cancellationToken);
        if (template is null)
        {
            return ApiProblems.NotFound(TemplatesApi.TemplateText, request.TemplateId);
        }
        var campaign = Campaign.Plan(request.Name, template, request.EstateIds, request.PeriodStart, request.PeriodEnd,
            request.SurveyorOrganisation, request.ThirdParty, request.SamplingRate ?? 0.10m, request.MinimumResponses ?? 30,
            request.Seed ?? RandomNumberGenerator.GetInt32(int.MaxValue), request.SurveyorIds ?? [], services.Clock.GetUtcNow());
        services.Db.Campaigns.Add(campaign);
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/surveys/campaigns/{campaign.Id}", await services.Figures.DescribeAsync(campaign, cancellationToken));
    }

    public static async Task<Results<Ok<CampaignResponse>, ProblemHttpResult>> GetCampaign(
        Guid campaignId, [AsParameters] SurveysServices services, CancellationToken cancellationToken)
    {
        var campaign = await services.Db.Campaigns.AsNoTracking().FirstOrDefaultAsync(c => c.Id == campaignId, cancellationToken);
        return campaign is null
            ? ApiProblems.NotFound(CampaignText, campaignId)
            : TypedResults.Ok(await services.Figures.DescribeAsync(campaign, cancellationToken));
    }

    public static async Task<Results<Ok<CampaignResponse>, ProblemHttpResult>> StartCampaign(
        Guid campaignId, [AsParameters] SurveysServices services, CancellationToken cancellationToken)
    {
        var campaign = await services.Db.Campaigns.FirstOrDefaultAsync(c => c.Id == campaignId, cancellationToken);
        if (campaign is null)
        {
            return ApiProblems.NotFound(CampaignText, campaignId);
        }
        var estateIds = campaign.Estates.Select(e => e.EstateId).ToList();
        var households = await services.Db.Households.AsNoTracking()
            .Where(h => estateIds.Contains(h.EstateId) && h.Occupied).ToListAsync(cancellationToken);
        var frames = households.GroupBy(h => h.EstateId).ToDictionary(
            g => g.Key, g => (IReadOnlyList<SamplingUnit>)[.. g.Select(h => new SamplingUnit(h.UnitId, h.BuildingId, h.Entrance, h.Floor))]);
        var now = services.Clock.GetUtcNow();
        var samples = campaign.Start(estateId => frames.GetValueOrDefault(estateId, []), now);
        var byUnit = households.ToDictionary(h => h.UnitId);
        foreach (var (estateId, sample) in samples)
        {
            services.Db.SampledHouseholds.AddRange(sample.Drawn.Select(d => SampledHousehold.Drawn(campaign.Id, estateId, d, byUnit[d.Household.UnitId])));
            services.Db.AddIntegrationEvent(Started(campaign, estateId, sample, now));
        }
        await SaveOnceAsync(services, cancellationToken);
        return TypedResults.Ok(await services.Figures.DescribeAsync(campaign, cancellationToken));
    }

    public static async Task<Results<Ok<CampaignResponse>, ProblemHttpResult>> CloseCampaign(
        Guid campaignId, [AsParameters] SurveysServices services, CancellationToken cancellationToken)
    {
        var campaign = await services.Db.Campaigns.FirstOrDefaultAsync(c => c.Id == campaignId, cancellationToken);
        if (campaign is null)
        {
            return ApiProblems.NotFound(CampaignText, campaignId);
        }
        var now = services.Clock.GetUtcNow();
        campaign.Close(now);
        var figures = await services.Figures.EstateFiguresAsync(campaign, cancellationToken);
        foreach (var estate in campaign.Estates)
        {
            services.Db.AddIntegrationEvent(CampaignEvents.Closed(campaign, estate, figures[estate.EstateId], now));
        }
        await SaveOnceAsync(services, cancellationToken);
        return TypedResults.Ok(await services.Figures.DescribeAsync(campaign, cancellationToken));
    }

    private static async Task SaveOnceAsync(SurveysServices services, CancellationToken cancellationToken)
    {
        try
        {
            await services.Db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            throw new ConflictException("campaign.changed", new("调查已被他人开始或结束，请刷新", "The campaign was started or closed meanwhile; reload"));
        }
    }

    private static SurveyCampaignStarted Started(Campaign campaign, Guid estateId, EstateSample sample, DateTimeOffset now) => new()
    {
        EventId = Guid.CreateVersion7(),
        OccurredAt = now,
        EstateId = estateId,
        CampaignId = campaign.Id,
        CampaignName = campaign.Name,
        TemplateId = campaign.TemplateId,
        TemplateVersion = campaign.TemplateVersion,
        PeriodStart = campaign.PeriodStart,
        PeriodEnd = campaign.PeriodEnd,
        SurveyorOrganisation = campaign.SurveyorOrganisation,
        ThirdParty = campaign.ThirdParty,
        Households = sample.Households,
        SampledHouseholds = sample.Drawn.Count,
    };
}
