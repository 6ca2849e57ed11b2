using Microsoft.EntityFrameworkCore;
using PropertyCloud.Quality.Api.Infrastructure;

namespace PropertyCloud.Quality.Api.Projections;

/// <summary>
/// Consumers hold this lock shared while they store and project an event; a rebuild holds it exclusively, so it
/// replays a store that nobody is adding to and no consumer writes into half-rebuilt read models.
/// Transaction-scoped: released at commit or rollback.
/// </summary>
internal static class ReadModelLock
{
    private const long Key = 0x5175616c697479; // "Quality"
    private const int EstateLockClass = 0x5175;

    public static Task ShareAsync(QualityDb db, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock_shared({Key})", cancellationToken);

    /// <summary>
    /// Serialises the events of one estate: two events of one order (say its opening and its completion) must not
    /// each read the row without the other's change, or a late completion could go unnoticed.
    /// </summary>
    public static Task EstateAsync(QualityDb db, Guid estateId, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({EstateLockClass}, hashtext({estateId.ToString()}))", cancellationToken);

    public static Task TakeAsync(QualityDb db, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({Key})", cancellationToken);
}
