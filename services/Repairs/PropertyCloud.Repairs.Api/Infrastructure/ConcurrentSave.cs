using Microsoft.EntityFrameworkCore;
using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Repairs.Api.Infrastructure;

/// <summary>Saving a change that someone else may have made at the same moment.</summary>
internal static class ConcurrentSave
{
    /// <summary>Saves, or answers 409 when the record changed since it was read (e.g. two dispatchers at once).</summary>
    public static async Task SaveOrConflictAsync(this RepairsDb db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException("record.changed_concurrently",
                new("该记录刚被他人修改，请刷新后重试", "Someone else changed this record just now; reload and try again"));
        }
    }
}
