using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.Quality.Api.Domain.Scoring;
using PropertyCloud.Quality.Api.Extensions;
using PropertyCloud.Quality.Api.Figures;

namespace PropertyCloud.Quality.Api.Apis;

/// <summary>The league table of estates on the quality score, and the score's weights.</summary>
public static class LeagueApi
{
    public static RouteGroupBuilder MapLeagueApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/quality").WithTags("League table");
        api.MapGet("/league", League).RequireAuthorization(QualityPolicies.ReadFigures);
        api.MapGet("/score-weights", GetWeights).RequireAuthorization(QualityPolicies.ReadFigures);
        api.MapPut("/score-weights", SetWeights).RequireAuthorization(QualityPolicies.Supervise).Validate<ScoreWeightsRequest>();
        return api;
    }

    /// <summary>
    /// Estates ranked by score over ?from&amp;to (default: this month to date), optionally of one ?company. Quality and
    /// the group admin see every estate; an estate manager sees the estates of their token.
    /// </summary>
    public static async Task<Ok<IReadOnlyList<LeagueEntryResponse>>> League(
        [AsParameters] FigureRange range, string? company, [AsParameters] QualityServices services, CancellationToken cancellationToken)
    {
        var (from, to, _) = range.Resolve(services.Clock);
        var scope = services.User.SeesAllEstates ? FigureScope.Group : FigureScope.Of(services.User.EstateIds);
        if (company is not null)
        {
            var ofCompany = await services.Db.Estates.Where(e => e.Company == company).Select(e => e.EstateId).ToListAsync(cancellationToken);
            scope = FigureScope.Of(scope.AllEstates ? ofCompany : ofCompany.Intersect(scope.EstateIds));
        }
        var rows = await LeagueTable.ReadAsync(services.Db, scope, from, to, QualityCalendar.Today(services.Clock), cancellationToken);
        return TypedResults.Ok<IReadOnlyList<LeagueEntryResponse>>([.. rows.Select((row, i) => LeagueEntryResponse.From(i + 1, row, from, to))]);
    }

    public static async Task<Ok<ScoreWeightsResponse>> GetWeights([AsParameters] QualityServices services, CancellationToken cancellationToken) =>
        TypedResults.Ok(ScoreWeightsResponse.From(await services.Db.CurrentWeightsAsync(cancellationToken)));

    public static async Task<Ok<ScoreWeightsResponse>> SetWeights(
        ScoreWeightsRequest request, [AsParameters] QualityServices services, CancellationToken cancellationToken)
    {
        var weights = await services.Db.ScoreWeights.FindAsync([ScoreWeights.SingletonId], cancellationToken);
        if (weights is null)
        {
            weights = ScoreWeights.Default();
            services.Db.ScoreWeights.Add(weights);
        }
        weights.Change(request.Sla, request.Complaints, request.Collection, request.Survey, request.Inspections, request.OpenItems,
            services.User.Name ?? services.User.Id ?? "", services.Clock.GetUtcNow());
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ScoreWeightsResponse.From(weights));
    }
}
