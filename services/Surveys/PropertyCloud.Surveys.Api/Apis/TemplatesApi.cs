using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.Surveys.Api.Domain.Templates;
using PropertyCloud.Surveys.Api.Extensions;

namespace PropertyCloud.Surveys.Api.Apis;

/// <summary>Questionnaire templates, versioned: publishing a code again adds a version, never changes one.</summary>
public static class TemplatesApi
{
    internal static readonly LocalizedText TemplateText = new("问卷模板", "template");

    public static RouteGroupBuilder MapTemplatesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/surveys/templates").WithTags("Templates").RequireAuthorization(SurveysPolicies.ReadTemplates);
        api.MapGet("/", ListTemplates);
        api.MapGet("/{templateId:guid}", GetTemplate);
        api.MapPost("/", PublishTemplate).RequireAuthorization(SurveysPolicies.ManageCampaigns).Validate<TemplateRequest>();
        return api;
    }

    public static async Task<Ok<List<TemplateResponse>>> ListTemplates([AsParameters] SurveysServices services, CancellationToken cancellationToken)
    {
        var templates = await services.Db.Templates.AsNoTracking().OrderBy(t => t.Code).ThenBy(t => t.Version).ToListAsync(cancellationToken);
        return TypedResults.Ok(templates.Select(TemplateResponse.From).ToList());
    }

    public static async Task<Results<Ok<TemplateResponse>, ProblemHttpResult>> GetTemplate(
        Guid templateId, [AsParameters] SurveysServices services, CancellationToken cancellationToken)
    {
        var template = await services.Db.Templates.AsNoTracking().FirstOrDefaultAsync(t => t.Id == templateId, cancellationToken);
        return template is null ? ApiProblems.NotFound(TemplateText, templateId) : TypedResults.Ok(TemplateResponse.From(template));
    }

    public static async Task<Created<TemplateResponse>> PublishTemplate(
        TemplateRequest request, [AsParameters] SurveysServices services, CancellationToken cancellationToken)
    {
        var latest = await services.Db.Templates.Where(t => t.Code == request.Code)
            .MaxAsync(t => (int?)t.Version, cancellationToken) ?? 0;
        var template = SurveyTemplate.Publish(Guid.CreateVersion7(), request.Code, latest + 1, request.Name, request.ScalePoints,
            request.OverallQuestion, request.ToCategories(), services.Clock.GetUtcNow());
        services.Db.Templates.Add(template);
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/surveys/templates/{template.Id}", TemplateResponse.From(template));
    }
}
