using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.BuildingBlocks.EventBus;
using PropertyCloud.Surveys.Api.Domain.Actions;
using PropertyCloud.Surveys.Api.Extensions;
using PropertyCloud.Surveys.Contracts;

namespace PropertyCloud.Surveys.Api.Apis;

/// <summary>Corrective actions of an estate: opened from findings, verified by a visit from the quality department.</summary>
public static class CorrectiveActionsApi
{
    internal static readonly LocalizedText ActionText = new("整改", "corrective action");

    public static RouteGroupBuilder MapCorrectiveActionsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/surveys/estates/{estateId:guid}/corrective-actions").WithTags("Corrective actions")
            .RequireAuthorization(SurveysPolicies.ReadResults);
        api.MapGet("/", ListActions);
        api.MapGet("/{actionId:guid}", GetAction);
        api.MapPost("/", OpenAction).Validate<CorrectiveActionRequest>();
        api.MapPost("/{actionId:guid}/verifications", Verify)
            .RequireAuthorization(SurveysPolicies.VerifyActions).Validate<VerificationRequest>();
        return api;
    }

    public static async Task<Ok<PagedResult<CorrectiveActionResponse>>> ListActions(
        Guid estateId, CorrectiveActionStatus? status, bool? overdue, [AsParameters] SurveysServices services,
        [AsParameters] PageRequest page, CancellationToken cancellationToken)
    {
        var query = services.Db.CorrectiveActions.AsNoTracking().Where(a => a.EstateId == estateId);
        if (status is not null)
        {
            query = query.Where(a => a.Status == status);
        }
        if (overdue is not null)
        {
            query = query.Where(a => (a.OverdueAt != null) == overdue);
        }
        var total = await query.LongCountAsync(cancellationToken);
        var items = await query.OrderBy(a => a.Deadline).ThenBy(a => a.Id).Skip(page.Skip).Take(page.Size).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResult<CorrectiveActionResponse>([.. items.Select(CorrectiveActionResponse.From)], page.Number, page.Size, total));
    }

    public static async Task<Results<Ok<CorrectiveActionResponse>, ProblemHttpResult>> GetAction(
        Guid estateId, Guid actionId, [AsParameters] SurveysServices services, CancellationToken cancellationToken)
    {
        var action = await services.Db.CorrectiveActions.AsNoTracking()
            .FirstOrDefaultAsync(a => a.Id == actionId && a.EstateId == estateId, cancellationToken);
        return action is null ? ApiProblems.NotFound(ActionText, actionId) : TypedResults.Ok(CorrectiveActionResponse.From(action));
    }

    public static async Task<Results<Created<CorrectiveActionResponse>, ProblemHttpResult>> OpenAction(
        Guid estateId, CorrectiveActionRequest request, [AsParameters] SurveysServices services, CancellationToken cancellationToken)
    {
        var campaign = await services.Db.Campaigns.AsNoTracking().FirstOrDefaultAsync(c => c.Id == request.CampaignId, cancellationToken);
        if (campaign is null)
        {
            return ApiProblems.NotFound(CampaignsApi.CampaignText, request.CampaignId);
        }
        var template = await services.Db.Templates.AsNoTracking().FirstAsync(t => t.Id == campaign.TemplateId, cancellationToken);
        var now = services.Clock.GetUtcNow();
        var action = CorrectiveAction.Open(campaign, template, estateId, request.CategoryCode, request.ItemCode, request.Finding,
            request.Title, request.OwnerId, request.Deadline, now);
        services.Db.CorrectiveActions.Add(action);
        services.Db.AddIntegrationEvent(new CorrectiveActionOpened
        {
            EventId = Guid.CreateVersion7(),
            OccurredAt = now,
            EstateId = estateId,
            ActionId = action.Id,
            CampaignId = action.CampaignId,
            CategoryCode = action.CategoryCode,
            ItemCode = action.ItemCode,
            Title = action.Title,
            OwnerId = action.OwnerId,
            Deadline = action.Deadline,
        });
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/surveys/estates/{estateId}/corrective-actions/{action.Id}", CorrectiveActionResponse.From(action));
    }

    public static async Task<Results<Ok<CorrectiveActionResponse>, ProblemHttpResult>> Verify(
        Guid estateId, Guid actionId, VerificationRequest request, [AsParameters] SurveysServices services, CancellationToken cancellationToken)
    {
        var action = await services.Db.CorrectiveActions.FirstOrDefaultAsync(a => a.Id == actionId && a.EstateId == estateId, cancellationToken);
        if (action is null)
        {
            return ApiProblems.NotFound(ActionText, actionId);
        }
        var now = services.Clock.GetUtcNow();
        action.RecordVerification(request.VisitedOn, request.Effective, request.Note, services.User.Id, request.NewDeadline, now);
        services.Db.AddIntegrationEvent(new CorrectiveActionVerified
        {
            EventId = Guid.CreateVersion7(),
            OccurredAt = now,
            EstateId = estateId,
            ActionId = action.Id,
            CampaignId = action.CampaignId,
            Effective = request.Effective,
            VerifiedOn = request.VisitedOn,
        });
        try
        {
            await services.Db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException("action.changed", new("整改记录已被他人修改，请刷新后重试", "The action was changed meanwhile; reload and retry"));
        }
        return TypedResults.Ok(CorrectiveActionResponse.From(action));
    }
}
