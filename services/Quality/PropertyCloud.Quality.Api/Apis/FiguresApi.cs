using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.Quality.Api.Extensions;
using PropertyCloud.Quality.Api.Figures;

namespace PropertyCloud.Quality.Api.Apis;

/// <summary>Quality figures per estate, company and group, by day or month, read from the event-built read models.</summary>
public static class FiguresApi
{
    internal static readonly LocalizedText Company = new("物业公司", "company");

    public static RouteGroupBuilder MapFiguresApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/quality").WithTags("Figures").RequireAuthorization(QualityPolicies.ReadFigures);
        api.MapGet("/estates", ListEstates);
        api.MapGet("/estates/{estateId:guid}/figures", EstateFigures);
        api.MapGet("/companies/{company}/figures", CompanyFigures);
        api.MapGet("/group/figures", GroupFigures);
        return api;
    }

    /// <summary>The estates known from Residents' events that the caller may see, with their company.</summary>
    public static async Task<Ok<IReadOnlyList<EstateResponse>>> ListEstates([AsParameters] QualityServices services, CancellationToken cancellationToken)
    {
        var query = services.Db.Estates.AsNoTracking();
        if (!services.User.SeesAllEstates)
        {
            var mine = services.User.EstateIds.ToList();
            query = query.Where(e => mine.Contains(e.EstateId));
        }
        var estates = await query.OrderBy(e => e.Company).ThenBy(e => e.Code).ToListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<EstateResponse>>([.. estates.Select(EstateResponse.From)]);
    }

    public static async Task<Results<Ok<QualityFigures>, ProblemHttpResult>> EstateFigures(
        Guid estateId, [AsParameters] FigureRange range, [AsParameters] QualityServices services, CancellationToken cancellationToken)
    {
        if (!services.User.CanAccessEstate(estateId))
        {
            return ApiProblems.EstateForbidden();
        }
        return TypedResults.Ok(await ReadAsync(FigureScope.Of([estateId]), range, services, cancellationToken));
    }

    public static async Task<Results<Ok<QualityFigures>, ProblemHttpResult>> CompanyFigures(
        string company, [AsParameters] FigureRange range, [AsParameters] QualityServices services, CancellationToken cancellationToken)
    {
        if (!services.User.SeesAllEstates)
        {
            return ApiProblems.EstateForbidden();
        }
        var estates = await services.Db.Estates.Where(e => e.Company == company).Select(e => e.EstateId).ToListAsync(cancellationToken);
        if (estates.Count == 0)
        {
            return ApiProblems.NotFound(Company, company);
        }
        return TypedResults.Ok(await ReadAsync(FigureScope.Of(estates), range, services, cancellationToken));
    }

    public static async Task<Results<Ok<QualityFigures>, ProblemHttpResult>> GroupFigures(
        [AsParameters] FigureRange range, [AsParameters] QualityServices services, CancellationToken cancellationToken)
    {
        if (!services.User.SeesAllEstates)
        {
            return ApiProblems.EstateForbidden();
        }
        return TypedResults.Ok(await ReadAsync(FigureScope.Group, range, services, cancellationToken));
    }

    private static Task<QualityFigures> ReadAsync(FigureScope scope, FigureRange range, QualityServices services, CancellationToken cancellationToken)
    {
        var (from, to, granularity) = range.Resolve(services.Clock);
        return FiguresReader.FiguresAsync(services.Db, scope, granularity, from, to, QualityCalendar.Today(services.Clock), cancellationToken);
    }
}
