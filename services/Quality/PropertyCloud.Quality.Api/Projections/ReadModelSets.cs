using Microsoft.EntityFrameworkCore;
using PropertyCloud.Quality.Api.Infrastructure;

namespace PropertyCloud.Quality.Api.Projections;

internal static class ReadModelSets
{
    /// <summary>The row with this key, tracked (including one added earlier in the same batch), or a new one added.</summary>
    public static async Task<T> FindOrAddAsync<T>(this QualityDb db, object key, Func<T> create, CancellationToken cancellationToken)
        where T : class
    {
        var existing = await db.FindReadModelAsync<T>([key], cancellationToken);
        if (existing is not null)
        {
            return existing;
        }
        var created = create();
        db.Set<T>().Add(created);
        return created;
    }
}
