using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Surveys.Api.Domain.Campaigns;
using PropertyCloud.Surveys.Api.Domain.Responses;
using PropertyCloud.Surveys.Api.Domain.Rules;
using PropertyCloud.Surveys.Api.Domain.Sampling;
using PropertyCloud.Surveys.Api.Extensions;

namespace PropertyCloud.Surveys.Api.Apis;

/// <summary>
/// An estate's part of a running campaign: its sample, declines and their replacements, one-time links and responses
/// entered at the door. A surveyor sees only campaigns they are assigned to.
/// </summary>
public static class FieldworkApi
{
    internal static readonly LocalizedText HouseholdText = new("样本户", "sampled household");

    public static RouteGroupBuilder MapFieldworkApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/surveys/estates/{estateId:guid}/campaigns/{campaignId:guid}/sample").WithTags("Fieldwork")
            .RequireAuthorization(SurveysPolicies.Fieldwork);
        api.MapGet("/", ListSample);
        api.MapPost("/{sampledId:guid}/decline", Decline);
        api.MapPost("/{sampledId:guid}/link", IssueLink);
        api.MapPost("/{sampledId:guid}/response", RecordVisit).Validate<ResponseRequest>();
        app.MapGet("api/surveys/estates/{estateId:guid}/campaigns", ListEstateCampaigns).WithTags("Fieldwork")
            .RequireAuthorization(SurveysPolicies.Fieldwork);
        return api;
    }

    /// <summary>The campaigns covering an estate, newest first; a surveyor sees only those assigned to them.</summary>
    public static async Task<Ok<List<CampaignSummary>>> ListEstateCampaigns(
        Guid estateId, [AsParameters] SurveysServices services, CancellationToken cancellationToken)
    {
        // Few campaigns a year: filtered in memory rather than inside their JSON estate lists.
        var campaigns = await services.Db.Campaigns.AsNoTracking().OrderByDescending(c => c.PeriodStart).ToListAsync(cancellationToken);
        return TypedResults.Ok(campaigns.Where(c => c.Covers(estateId) && MaySee(services, c)).Select(CampaignSummary.From).ToList());
    }

    public static async Task<Results<Ok<List<SampledHouseholdResponse>>, ProblemHttpResult>> ListSample(
        Guid estateId, Guid campaignId, [AsParameters] SurveysServices services, CancellationToken cancellationToken)
    {
        var campaign = await CampaignOf(services, estateId, campaignId, cancellationToken);
        if (campaign.Problem is { } problem)
        {
            return problem;
        }
        var sample = await services.Db.SampledHouseholds.AsNoTracking()
            .Where(s => s.CampaignId == campaignId && s.EstateId == estateId).OrderBy(s => s.DrawOrder).ToListAsync(cancellationToken);
        var responses = await services.Db.Responses.AsNoTracking()
            .Where(r => r.CampaignId == campaignId && r.EstateId == estateId).ToDictionaryAsync(r => r.SampledHouseholdId, cancellationToken);
        return TypedResults.Ok(sample.Select(s => SampledHouseholdResponse.From(s, responses.GetValueOrDefault(s.Id))).ToList());
    }

    public static async Task<Results<Ok<SampledHouseholdResponse>, NoContent, ProblemHttpResult>> Decline(
        Guid estateId, Guid campaignId, Guid sampledId, [AsParameters] SurveysServices services, CancellationToken cancellationToken)
    {
        var (campaign, household, problem) = await HouseholdOf(services, estateId, campaignId, sampledId, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }
        CampaignMustBeOpen.Check(campaign!);
        if (await services.Db.Responses.AnyAsync(r => r.SampledHouseholdId == sampledId, cancellationToken))
        {
            throw new ConflictException("sample.already_responded", new("该户已作答，不能谢绝", "The household has already answered"));
        }
        household!.Decline();
        var drawn = await services.Db.SampledHouseholds.Where(s => s.CampaignId == campaignId && s.EstateId == estateId)
            .Select(s => new { s.UnitId, s.DrawOrder }).ToListAsync(cancellationToken);
        var frame = await services.Db.Households.AsNoTracking().Where(h => h.EstateId == estateId && h.Occupied).ToListAsync(cancellationToken);
        var replacement = StratifiedSampler.DrawReplacement(
            frame.Select(h => new SamplingUnit(h.UnitId, h.BuildingId, h.Entrance, h.Floor)),
            drawn.Select(d => d.UnitId).ToHashSet(), household.AsDraw(), drawn.Max(d => d.DrawOrder) + 1,
            campaign!.EstateSeed(estateId));
        var replacing = replacement is null ? null : SampledHousehold.Drawn(campaignId, estateId, replacement,
            frame.First(h => h.UnitId == replacement.Household.UnitId), replaces: household.Id);
        if (replacing is not null)
        {
            services.Db.SampledHouseholds.Add(replacing);
        }
        try
        {
            await services.Db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            throw new ConflictException("sample.changed", new("样本已被他人修改，请刷新", "The sample was changed meanwhile; reload"));
        }
        return replacing is null ? TypedResults.NoContent() : TypedResults.Ok(SampledHouseholdResponse.From(replacing, null));
    }

    public static async Task<Results<Ok<LinkIssued>, ProblemHttpResult>> IssueLink(
        Guid estateId, Guid campaignId, Guid sampledId, [AsParameters] SurveysServices services, CancellationToken cancellationToken)
    {
        var (campaign, household, problem) = await HouseholdOf(services, estateId, campaignId, sampledId, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }
        CampaignMustBeOpen.Check(campaign!);
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        household!.IssueLink(HashToken(token));
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(new LinkIssued(token, $"/api/surveys/links/{token}"));
    }

    public static async Task<Results<Ok<ResponseResult>, ProblemHttpResult>> RecordVisit(
        Guid estateId, Guid campaignId, Guid sampledId, ResponseRequest request, [AsParameters] SurveysServices services,
        CancellationToken cancellationToken)
    {
        var (campaign, household, problem) = await HouseholdOf(services, estateId, campaignId, sampledId, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }
        return TypedResults.Ok(await Fieldwork.SaveResponseAsync(services.Db, campaign!, household!, ResponseChannel.Visit,
            services.User.Id, request, services.Clock.GetUtcNow(), cancellationToken));
    }

    internal static string HashToken(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static async Task<(Campaign? Campaign, ProblemHttpResult? Problem)> CampaignOf(
        SurveysServices services, Guid estateId, Guid campaignId, CancellationToken cancellationToken)
    {
        var campaign = await services.Db.Campaigns.FirstOrDefaultAsync(c => c.Id == campaignId, cancellationToken);
        if (campaign is null || !campaign.Covers(estateId))
        {
            return (null, ApiProblems.NotFound(CampaignsApi.CampaignText, campaignId));
        }
        return MaySee(services, campaign) ? (campaign, null) : (null, ApiProblems.EstateForbidden());
    }

    /// <summary>Surveyors (often a third party) see only the campaigns they were assigned to.</summary>
    private static bool MaySee(SurveysServices services, Campaign campaign) =>
        !services.User.IsInRole(Roles.Surveyor) || services.User.SeesAllEstates || services.User.IsInRole(Roles.EstateManager)
        || campaign.IsSurveyor(services.User.Id);

    private static async Task<(Campaign? Campaign, SampledHousehold? Household, ProblemHttpResult? Problem)> HouseholdOf(
        SurveysServices services, Guid estateId, Guid campaignId, Guid sampledId, CancellationToken cancellationToken)
    {
        var (campaign, problem) = await CampaignOf(services, estateId, campaignId, cancellationToken);
        if (problem is not null)
        {
            return (null, null, problem);
        }
        var household = await services.Db.SampledHouseholds
            .FirstOrDefaultAsync(s => s.Id == sampledId && s.CampaignId == campaignId && s.EstateId == estateId, cancellationToken);
        return household is null ? (null, null, ApiProblems.NotFound(HouseholdText, sampledId)) : (campaign, household, null);
    }
}
