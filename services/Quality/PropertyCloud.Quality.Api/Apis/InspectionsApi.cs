using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.Quality.Api.Domain.Inspections;
using PropertyCloud.Quality.Api.Extensions;
using PropertyCloud.Quality.Api.Figures;

namespace PropertyCloud.Quality.Api.Apis;

/// <summary>
/// Inspections (品质检查): quality keeps checklists and inspects estates; failed items become findings the estate
/// rectifies by a deadline and quality verifies on site.
/// </summary>
public static class InspectionsApi
{
    internal static readonly LocalizedText Checklist = new("检查表", "checklist");
    internal static readonly LocalizedText InspectionText = new("品质检查", "inspection");
    internal static readonly LocalizedText FindingText = new("整改项", "finding");

    public static RouteGroupBuilder MapInspectionsApi(this IEndpointRouteBuilder app)
    {
        var checklists = app.MapGroup("api/quality/checklists").WithTags("Inspections");
        checklists.MapGet("/", ListChecklists).RequireAuthorization(QualityPolicies.ReadFigures);
        checklists.MapPost("/", CreateChecklist).RequireAuthorization(QualityPolicies.Supervise).Validate<CreateChecklistRequest>();

        var api = app.MapGroup("api/quality/estates/{estateId:guid}").WithTags("Inspections");
        api.MapGet("/inspections", ListInspections).RequireAuthorization(QualityPolicies.ReadFigures);
        api.MapGet("/inspections/{inspectionId:guid}", GetInspection).RequireAuthorization(QualityPolicies.ReadFigures);
        api.MapPost("/inspections", RecordInspection).RequireAuthorization(QualityPolicies.Supervise).Validate<RecordInspectionRequest>();
        api.MapGet("/findings", ListFindings).RequireAuthorization(QualityPolicies.ReadFigures);
        api.MapPost("/findings/{findingId:guid}/rectify", Rectify).RequireAuthorization(QualityPolicies.Rectify).Validate<RectifyFindingRequest>();
        api.MapPost("/findings/{findingId:guid}/verify", Verify).RequireAuthorization(QualityPolicies.Supervise);
        return api;
    }

    public static async Task<Ok<IReadOnlyList<ChecklistResponse>>> ListChecklists([AsParameters] QualityServices services, CancellationToken cancellationToken)
    {
        var templates = await services.Db.ChecklistTemplates.AsNoTracking().OrderBy(t => t.Name).ToListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<ChecklistResponse>>([.. templates.Select(ChecklistResponse.From)]);
    }

    public static async Task<Created<ChecklistResponse>> CreateChecklist(
        CreateChecklistRequest request, [AsParameters] QualityServices services, CancellationToken cancellationToken)
    {
        var template = ChecklistTemplate.Create(request.Name, request.Items.Select(i => new ChecklistItem(i.Code, i.Text)),
            services.User.Name ?? "", services.Clock.GetUtcNow());
        services.Db.ChecklistTemplates.Add(template);
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/quality/checklists/{template.Id}", ChecklistResponse.From(template));
    }

    public static async Task<Results<Ok<PagedResult<InspectionResponse>>, ProblemHttpResult>> ListInspections(
        Guid estateId, [AsParameters] PageRequest page, [AsParameters] QualityServices services, CancellationToken cancellationToken)
    {
        if (!services.User.CanAccessEstate(estateId))
        {
            return ApiProblems.EstateForbidden();
        }
        var query = services.Db.Inspections.AsNoTracking().Where(i => i.EstateId == estateId);
        var total = await query.LongCountAsync(cancellationToken);
        var inspections = await query.OrderByDescending(i => i.InspectedAt).Skip(page.Skip).Take(page.Size).ToListAsync(cancellationToken);
        var ids = inspections.Select(i => i.Id).ToList();
        var findings = (await services.Db.Findings.AsNoTracking().Where(f => ids.Contains(f.InspectionId)).ToListAsync(cancellationToken))
            .ToLookup(f => f.InspectionId);
        var today = QualityCalendar.Today(services.Clock);
        return TypedResults.Ok(new PagedResult<InspectionResponse>(
            [.. inspections.Select(i => InspectionResponse.From(i, findings[i.Id], today))], page.Number, page.Size, total));
    }

    public static async Task<Results<Ok<InspectionResponse>, ProblemHttpResult>> GetInspection(
        Guid estateId, Guid inspectionId, [AsParameters] QualityServices services, CancellationToken cancellationToken)
    {
        if (!services.User.CanAccessEstate(estateId))
        {
            return ApiProblems.EstateForbidden();
        }
        var inspection = await services.Db.Inspections.AsNoTracking()
            .FirstOrDefaultAsync(i => i.Id == inspectionId && i.EstateId == estateId, cancellationToken);
        if (inspection is null)
        {
            return ApiProblems.NotFound(InspectionText, inspectionId);
        }
        var findings = await services.Db.Findings.AsNoTracking().Where(f => f.InspectionId == inspectionId).ToListAsync(cancellationToken);
        return TypedResults.Ok(InspectionResponse.From(inspection, findings, QualityCalendar.Today(services.Clock)));
    }

    public static async Task<Results<Created<InspectionResponse>, ProblemHttpResult>> RecordInspection(
        Guid estateId, RecordInspectionRequest request, [AsParameters] QualityServices services, CancellationToken cancellationToken)
    {
        var template = await services.Db.ChecklistTemplates.AsNoTracking().FirstOrDefaultAsync(t => t.Id == request.TemplateId, cancellationToken);
        if (template is null)
        {
            return ApiProblems.NotFound(Checklist, request.TemplateId);
        }
        var photo = await PhotoReferences.ResolverAsync(services.Db, estateId, request.Items.SelectMany(i => i.Photos ?? []), cancellationToken);
        var checks = request.Items
            .Select(i => new ItemCheck(i.Code, i.Passed, i.Note, i.RectifyBy, [.. (i.Photos ?? []).Select(photo)]))
            .ToList();
        var (inspection, findings) = Inspection.Record(estateId, template, request.InspectedAt.ToUniversalTime(), checks,
            services.User.Name ?? services.User.Id ?? "", services.Clock.GetUtcNow());
        services.Db.Inspections.Add(inspection);
        services.Db.Findings.AddRange(findings);
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/quality/estates/{estateId}/inspections/{inspection.Id}",
            InspectionResponse.From(inspection, findings, QualityCalendar.Today(services.Clock)));
    }

    /// <summary>Findings of an estate, oldest deadline first; ?open=true only those not yet verified.</summary>
    public static async Task<Results<Ok<PagedResult<FindingResponse>>, ProblemHttpResult>> ListFindings(
        Guid estateId, bool? open, [AsParameters] PageRequest page, [AsParameters] QualityServices services, CancellationToken cancellationToken)
    {
        if (!services.User.CanAccessEstate(estateId))
        {
            return ApiProblems.EstateForbidden();
        }
        var query = services.Db.Findings.AsNoTracking().Where(f => f.EstateId == estateId);
        if (open == true)
        {
            query = query.Where(f => f.Status != FindingStatus.Verified);
        }
        var total = await query.LongCountAsync(cancellationToken);
        var items = await query.OrderBy(f => f.Deadline).ThenBy(f => f.Id).Skip(page.Skip).Take(page.Size).ToListAsync(cancellationToken);
        var today = QualityCalendar.Today(services.Clock);
        return TypedResults.Ok(new PagedResult<FindingResponse>([.. items.Select(f => FindingResponse.From(f, today))], page.Number, page.Size, total));
    }

    public static async Task<Results<Ok<FindingResponse>, ProblemHttpResult>> Rectify(
        Guid estateId, Guid findingId, RectifyFindingRequest request, [AsParameters] QualityServices services, CancellationToken cancellationToken)
    {
        var finding = await FindingAsync(estateId, findingId, services, cancellationToken);
        if (finding is null)
        {
            return ApiProblems.NotFound(FindingText, findingId);
        }
        var photo = await PhotoReferences.ResolverAsync(services.Db, estateId, request.Photos ?? [], cancellationToken);
        finding.ReportRectified(request.Note, (request.Photos ?? []).Select(photo), services.User.Name ?? "", services.Clock.GetUtcNow());
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(FindingResponse.From(finding, QualityCalendar.Today(services.Clock)));
    }

    public static async Task<Results<Ok<FindingResponse>, ProblemHttpResult>> Verify(
        Guid estateId, Guid findingId, VerifyFindingRequest request, [AsParameters] QualityServices services, CancellationToken cancellationToken)
    {
        var finding = await FindingAsync(estateId, findingId, services, cancellationToken);
        if (finding is null)
        {
            return ApiProblems.NotFound(FindingText, findingId);
        }
        finding.Verify(request.Accepted, services.User.Name ?? "", services.Clock.GetUtcNow());
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(FindingResponse.From(finding, QualityCalendar.Today(services.Clock)));
    }

    private static Task<Finding?> FindingAsync(Guid estateId, Guid findingId, QualityServices services, CancellationToken cancellationToken) =>
        services.Db.Findings.FirstOrDefaultAsync(f => f.Id == findingId && f.EstateId == estateId, cancellationToken);
}
