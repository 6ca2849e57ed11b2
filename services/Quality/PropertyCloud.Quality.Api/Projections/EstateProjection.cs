using PropertyCloud.Quality.Api.Infrastructure;
using PropertyCloud.Quality.Api.ReadModels;
using PropertyCloud.Residents.Contracts;

namespace PropertyCloud.Quality.Api.Projections;

internal static class EstateProjection
{
    public static async Task ApplyAsync(QualityDb db, EstateRegistered e, CancellationToken cancellationToken)
    {
        var estate = await db.FindOrAddAsync(e.EstateId, () => EstateEntry.For(e.EstateId), cancellationToken);
        estate.Describe(e.Code, e.Name, e.Company, e.OccurredAt.ToUniversalTime());
    }
}
