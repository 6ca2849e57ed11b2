using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.Surveys.Api.Domain.Campaigns;
using PropertyCloud.Surveys.Api.Domain.Responses;

namespace PropertyCloud.Surveys.Api.Apis;

/// <summary>
/// The resident's one-time link: the token is the only credential, it opens one household's questionnaire, and it
/// stops working once that response is complete.
/// </summary>
public static class ResidentLinkApi
{
    private static readonly LocalizedText LinkText = new("问卷链接", "survey link");

    public static RouteGroupBuilder MapResidentLinkApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/surveys/links/{token}").WithTags("Resident link").AllowAnonymous();
        api.MapGet("/", OpenQuestionnaire);
        api.MapPost("/", Answer).Validate<ResponseRequest>();
        return api;
    }

    public static async Task<Results<Ok<TemplateResponse>, ProblemHttpResult>> OpenQuestionnaire(
        string token, [AsParameters] SurveysServices services, CancellationToken cancellationToken)
    {
        var household = await HouseholdOf(services, token, cancellationToken);
        if (household is null)
        {
            return ApiProblems.NotFound(LinkText, "-");
        }
        var campaign = await services.Db.Campaigns.AsNoTracking().FirstAsync(c => c.Id == household.CampaignId, cancellationToken);
        var template = await services.Db.Templates.AsNoTracking().FirstAsync(t => t.Id == campaign.TemplateId, cancellationToken);
        return TypedResults.Ok(TemplateResponse.From(template));
    }

    public static async Task<Results<Ok<ResponseResult>, ProblemHttpResult>> Answer(
        string token, ResponseRequest request, [AsParameters] SurveysServices services, CancellationToken cancellationToken)
    {
        var household = await HouseholdOf(services, token, cancellationToken);
        if (household is null)
        {
            return ApiProblems.NotFound(LinkText, "-");
        }
        var campaign = await services.Db.Campaigns.FirstAsync(c => c.Id == household.CampaignId, cancellationToken);
        return TypedResults.Ok(await Fieldwork.SaveResponseAsync(services.Db, campaign, household, ResponseChannel.Link, null,
            request, services.Clock.GetUtcNow(), cancellationToken));
    }

    /// <summary>The household of a live token; a used-up (complete) or unknown token finds nothing.</summary>
    private static async Task<SampledHousehold?> HouseholdOf(SurveysServices services, string token, CancellationToken cancellationToken)
    {
        var hash = FieldworkApi.HashToken(token);
        var household = await services.Db.SampledHouseholds.FirstOrDefaultAsync(s => s.LinkTokenHash == hash, cancellationToken);
        if (household is null || await services.Db.Responses.AnyAsync(r => r.SampledHouseholdId == household.Id && r.Complete, cancellationToken))
        {
            return null;
        }
        return household;
    }
}
