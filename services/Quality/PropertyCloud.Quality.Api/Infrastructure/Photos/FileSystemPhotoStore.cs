using System.Security.Cryptography;

namespace PropertyCloud.Quality.Api.Infrastructure.Photos;

/// <summary>
/// Keeps photos as files named by their SHA-256 under a root folder (configuration "Quality:PhotoRoot"), fanned out
/// by the first two hex digits. A file is written under a temporary name and moved into place, so a reader never
/// sees half a photo.
/// </summary>
public sealed class FileSystemPhotoStore(string root) : IPhotoStore
{
    public string Root { get; } = Path.GetFullPath(root);

    public string PathOf(string sha256) => Path.Combine(Root, sha256[..2], sha256);

    public async Task<string> SaveAsync(byte[] content, CancellationToken cancellationToken)
    {
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(content));
        var target = PathOf(sha256);
        if (await ReadVerifiedAsync(sha256, cancellationToken) is not null)
        {
            return sha256;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var temporary = $"{target}.{Guid.NewGuid():N}.tmp";
        try
        {
            await File.WriteAllBytesAsync(temporary, content, cancellationToken);
            // A copy that no longer verifies is replaced by the fresh upload.
            File.Move(temporary, target, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
        return sha256;
    }

    public async Task<byte[]?> ReadVerifiedAsync(string sha256, CancellationToken cancellationToken)
    {
        var path = PathOf(sha256);
        if (!File.Exists(path))
        {
            return null;
        }
        var content = await File.ReadAllBytesAsync(path, cancellationToken);
        return Convert.ToHexStringLower(SHA256.HashData(content)) == sha256 ? content : null;
    }
}
