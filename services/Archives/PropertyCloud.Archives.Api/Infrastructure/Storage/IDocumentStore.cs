namespace PropertyCloud.Archives.Api.Infrastructure.Storage;

/// <summary>
/// Content-addressed storage of document bytes: content is stored under its SHA-256 and checked against it on
/// every read. The file system locally; object storage (or a shared volume) when several instances run.
/// </summary>
public interface IDocumentStore
{
    /// <summary>Stores <paramref name="content"/> and returns its lower-case hex SHA-256 and length.</summary>
    Task<(string Sha256, long Length)> SaveAsync(Stream content, CancellationToken cancellationToken);

    /// <summary>Opens the content stored under <paramref name="sha256"/> after checking it still hashes to it.</summary>
    /// <exception cref="DocumentContentCorruptedException">The content is missing or no longer matches its hash.</exception>
    Task<Stream> OpenVerifiedAsync(string sha256, CancellationToken cancellationToken);

    /// <summary>Removes the content stored under <paramref name="sha256"/>, if there is any.</summary>
    Task DeleteAsync(string sha256, CancellationToken cancellationToken);
}
