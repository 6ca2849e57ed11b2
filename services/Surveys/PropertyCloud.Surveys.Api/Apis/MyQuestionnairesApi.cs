using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.Surveys.Api.Domain.Campaigns;
using PropertyCloud.Surveys.Api.Domain.Responses;
using PropertyCloud.Surveys.Api.Extensions;

namespace PropertyCloud.Surveys.Api.Apis;

/// <summary>
/// Self-service for owners and tenants: the questionnaires of running campaigns that sampled a household they live in,
/// answered online like a one-time link (the link's token is never stored, so the signed-in resident answers here
/// instead). Another household, a finished questionnaire or one a surveyor is entering at the door answers 404.
/// </summary>
public static class MyQuestionnairesApi
{
    public static RouteGroupBuilder MapMyQuestionnairesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/surveys/me/estates/{estateId:guid}/questionnaires").WithTags("My questionnaires")
            .RequireAuthorization(SurveysPolicies.SelfService);
        api.MapGet("/", ListMyQuestionnaires);
        api.MapGet("/{sampledId:guid}", OpenMyQuestionnaire);
        api.MapPost("/{sampledId:guid}", AnswerMyQuestionnaire).Validate<ResponseRequest>();
        return api;
    }

    public static async Task<Ok<List<MyQuestionnaire>>> ListMyQuestionnaires(
        Guid estateId, [AsParameters] SurveysServices services, CancellationToken cancellationToken)
    {
        var open = await OpenHouseholds(services, estateId)
            .Join(services.Db.Campaigns, s => s.CampaignId, c => c.Id, (s, c) => new { Household = s, Campaign = c })
            .OrderBy(x => x.Campaign.PeriodEnd).ThenBy(x => x.Household.Address)
            .ToListAsync(cancellationToken);
        var ids = open.Select(x => x.Household.Id).ToList();
        var responses = await services.Db.Responses.AsNoTracking().Where(r => ids.Contains(r.SampledHouseholdId))
            .ToDictionaryAsync(r => r.SampledHouseholdId, cancellationToken);
        var templateIds = open.Select(x => x.Campaign.TemplateId).Distinct().ToList();
        var itemCounts = (await services.Db.Templates.AsNoTracking().Where(t => templateIds.Contains(t.Id)).ToListAsync(cancellationToken))
            .ToDictionary(t => t.Id, t => t.ItemCount);
        return TypedResults.Ok(open.Select(x => new MyQuestionnaire(
            x.Household.Id, x.Campaign.Id, x.Campaign.Name, x.Campaign.PeriodStart, x.Campaign.PeriodEnd, x.Household.UnitId,
            x.Household.Address, responses.ContainsKey(x.Household.Id), responses.GetValueOrDefault(x.Household.Id)?.Answers.Count ?? 0,
            itemCounts.GetValueOrDefault(x.Campaign.TemplateId), $"/api/surveys/me/estates/{estateId}/questionnaires/{x.Household.Id}"))
            .ToList());
    }

    public static async Task<Results<Ok<TemplateResponse>, ProblemHttpResult>> OpenMyQuestionnaire(
        Guid estateId, Guid sampledId, [AsParameters] SurveysServices services, CancellationToken cancellationToken)
    {
        var household = await OpenHouseholds(services, estateId).FirstOrDefaultAsync(s => s.Id == sampledId, cancellationToken);
        if (household is null)
        {
            return ApiProblems.NotFound(FieldworkApi.HouseholdText, sampledId);
        }
        var campaign = await services.Db.Campaigns.AsNoTracking().FirstAsync(c => c.Id == household.CampaignId, cancellationToken);
        var template = await services.Db.Templates.AsNoTracking().FirstAsync(t => t.Id == campaign.TemplateId, cancellationToken);
        return TypedResults.Ok(TemplateResponse.From(template));
    }

    /// <summary>Saves answers; partial saves accumulate until every item is answered, as through a link.</summary>
    public static async Task<Results<Ok<ResponseResult>, ProblemHttpResult>> AnswerMyQuestionnaire(
        Guid estateId, Guid sampledId, ResponseRequest request, [AsParameters] SurveysServices services, CancellationToken cancellationToken)
    {
        var householdId = await OpenHouseholds(services, estateId).Where(s => s.Id == sampledId).Select(s => (Guid?)s.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (householdId is null)
        {
            return ApiProblems.NotFound(FieldworkApi.HouseholdText, sampledId);
        }
        var household = await services.Db.SampledHouseholds.FirstAsync(s => s.Id == householdId, cancellationToken);
        var campaign = await services.Db.Campaigns.FirstAsync(c => c.Id == household.CampaignId, cancellationToken);
        // Like a link, the response records no login: answers stay the household's, not a named person's.
        return TypedResults.Ok(await Fieldwork.SaveResponseAsync(services.Db, campaign, household, ResponseChannel.Link, null,
            request, services.Clock.GetUtcNow(), cancellationToken));
    }

    /// <summary>
    /// Drawn (not declined) households of the caller's current units in started campaigns, with no complete response and
    /// none a surveyor is entering.
    /// </summary>
    private static IQueryable<SampledHousehold> OpenHouseholds(SurveysServices services, Guid estateId)
    {
        var db = services.Db;
        var mine = db.UnitsOfAccount(estateId, services.User.Id ?? "");
        return db.SampledHouseholds.AsNoTracking()
            .Where(s => s.EstateId == estateId && s.Status == SampleStatus.Drawn && mine.Contains(s.UnitId))
            .Where(s => db.Campaigns.Any(c => c.Id == s.CampaignId && c.Status == CampaignStatus.Started))
            .Where(s => !db.Responses.Any(r => r.SampledHouseholdId == s.Id && (r.Complete || r.Channel == ResponseChannel.Visit)));
    }
}
