using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;

namespace PropertyCloud.Quality.Api.Infrastructure.Photos;

/// <summary>
/// Keeps photo bytes in the service's own database (table photo_contents, keyed by SHA-256), so photos are backed up,
/// restored and replicated with the inspections that name them and every instance sees them without a shared volume.
/// </summary>
public sealed class DatabasePhotoStore(QualityDb db) : IPhotoStore
{
    public async Task<string> SaveAsync(byte[] content, CancellationToken cancellationToken)
    {
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(content));
        // Stored before the photo record that names it; should that record fail, the bytes wait for the next
        // identical upload. A copy that no longer verifies is replaced by the fresh upload.
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO photo_contents (sha256, content) VALUES ({sha256}, {content})
            ON CONFLICT (sha256) DO UPDATE SET content = excluded.content
            WHERE photo_contents.content <> excluded.content
            """, cancellationToken);
        return sha256;
    }

    public async Task<byte[]?> ReadVerifiedAsync(string sha256, CancellationToken cancellationToken)
    {
        var content = await db.Set<PhotoContent>().AsNoTracking()
            .Where(c => c.Sha256 == sha256).Select(c => c.Content).FirstOrDefaultAsync(cancellationToken);
        return content is not null && Convert.ToHexStringLower(SHA256.HashData(content)) == sha256 ? content : null;
    }
}
