using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PropertyCloud.Quality.Api.Extensions;
using PropertyCloud.Quality.Api.Projections;

namespace PropertyCloud.Quality.Api.Apis;

/// <summary>The event store behind the read models, and their rebuild by replay.</summary>
public static class ReadModelsApi
{
    public static RouteGroupBuilder MapReadModelsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/quality/read-models").WithTags("Read models").RequireAuthorization(QualityPolicies.Supervise);
        api.MapGet("/", Describe);
        api.MapPost("/rebuild", Rebuild);
        return api;
    }

    public static async Task<Ok<EventStoreStatus>> Describe([AsParameters] QualityServices services, CancellationToken cancellationToken)
    {
        var count = await services.Db.StoredEvents.LongCountAsync(cancellationToken);
        var last = await services.Db.StoredEvents.MaxAsync(e => (DateTimeOffset?)e.StoredAt, cancellationToken);
        return TypedResults.Ok(new EventStoreStatus(count, last));
    }

    public static async Task<Ok<RebuildResult>> Rebuild(ReadModelRebuilder rebuilder, CancellationToken cancellationToken) =>
        TypedResults.Ok(await rebuilder.RebuildAsync(cancellationToken));
}
