using Microsoft.AspNetCore.Http.HttpResults;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.Residents.Api.Domain.People;
using PropertyCloud.Residents.Api.Extensions;
using PropertyCloud.Residents.Api.Infrastructure;

namespace PropertyCloud.Residents.Api.Apis.People;

/// <summary>A ranked search result; the owner's phone is masked like everywhere else.</summary>
public sealed record SearchHit(
    double Score, Guid? UnitId, string? BuildingCode, string? Entrance, string? Number, string? Layout, string? Usage,
    decimal? BuildingArea, Guid? OwnerId, string? OwnerName, string? OwnerPhone);

/// <summary>Fuzzy search across building, unit, owner name, phone digits, layout, usage and area (篇2 5.1).</summary>
public static class SearchApi
{
    public static RouteGroupBuilder MapSearchApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/residents/estates/{estateId:guid}/search").WithTags("Search")
            .RequireAuthorization(ResidentsPolicies.ReadPeople);
        api.MapGet("/", Search);
        return api;
    }

    public static async Task<Results<Ok<IReadOnlyList<SearchHit>>, ProblemHttpResult>> Search(
        Guid estateId, string? q, int? limit, [AsParameters] PeopleServices services, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(q) || q.Length > 100)
        {
            throw new DomainException("search.query_required",
                new("请输入1到100个字符的搜索内容", "Enter a search text of 1 to 100 characters"), "q");
        }
        var rows = await RegisterSearch.RunAsync(services.Db, estateId, q, Math.Clamp(limit ?? 20, 1, 100), cancellationToken);
        return TypedResults.Ok<IReadOnlyList<SearchHit>>([.. rows.Select(r => new SearchHit(r.Score, r.UnitId, r.BuildingCode, r.Entrance,
            r.Number, r.Layout, r.Usage, r.BuildingArea, r.OwnerId, r.OwnerName, r.OwnerPhone is null ? null : Masking.Phone(r.OwnerPhone)))]);
    }
}
