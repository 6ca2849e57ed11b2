using System.Security.Cryptography;

namespace PropertyCloud.Archives.Api.Infrastructure.Storage;

/// <summary>
/// Stores content as files named by their SHA-256 under a root folder (configuration "Archives:DocumentRoot"),
/// fanned out by the first two hex digits. Identical uploads share one file.
/// </summary>
public sealed class FileSystemDocumentStore(string root) : IDocumentStore
{
    private const int BufferSize = 81920;

    public string Root { get; } = Path.GetFullPath(root);

    public string PathOf(string sha256) => Path.Combine(Root, sha256[..2], sha256);

    public async Task<(string Sha256, long Length)> SaveAsync(Stream content, CancellationToken cancellationToken)
    {
        var incoming = Path.Combine(Root, "incoming");
        Directory.CreateDirectory(incoming);
        var temporary = Path.Combine(incoming, $"{Guid.NewGuid():N}.tmp");
        try
        {
            string sha256;
            long length;
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, useAsync: true))
            {
                using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                var buffer = new byte[BufferSize];
                int read;
                while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    hash.AppendData(buffer, 0, read);
                    await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }
                await file.FlushAsync(cancellationToken);
                sha256 = Convert.ToHexStringLower(hash.GetHashAndReset());
                length = file.Length;
            }
            var target = PathOf(sha256);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            // An existing copy that no longer verifies is replaced by the fresh, verified upload.
            var keepExisting = File.Exists(target) && await HashOfAsync(target, cancellationToken) == sha256;
            if (!keepExisting)
            {
                File.Move(temporary, target, overwrite: true);
            }
            return (sha256, length);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    public async Task<Stream> OpenVerifiedAsync(string sha256, CancellationToken cancellationToken)
    {
        var path = PathOf(sha256);
        if (!File.Exists(path))
        {
            throw new DocumentContentCorruptedException(sha256, "missing");
        }
        if (await HashOfAsync(path, cancellationToken) != sha256)
        {
            throw new DocumentContentCorruptedException(sha256, "hash mismatch");
        }
        return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, useAsync: true);
    }

    public Task DeleteAsync(string sha256, CancellationToken cancellationToken)
    {
        File.Delete(PathOf(sha256));
        return Task.CompletedTask;
    }

    private static async Task<string> HashOfAsync(string path, CancellationToken cancellationToken)
    {
        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, useAsync: true);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(file, cancellationToken));
    }
}
