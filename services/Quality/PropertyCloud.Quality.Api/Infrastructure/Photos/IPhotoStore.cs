namespace PropertyCloud.Quality.Api.Infrastructure.Photos;

/// <summary>
/// Content-addressed storage of photo bytes: stored under their SHA-256 and checked against it on every read. Kept
/// in the service's database (<see cref="DatabasePhotoStore"/>); object storage would be another implementation.
/// </summary>
public interface IPhotoStore
{
    /// <summary>Stores <paramref name="content"/> and returns its lower-case hex SHA-256; identical photos share one copy.</summary>
    Task<string> SaveAsync(byte[] content, CancellationToken cancellationToken);

    /// <summary>Reads the content stored under <paramref name="sha256"/>, or null when it is missing or no longer hashes to it.</summary>
    Task<byte[]?> ReadVerifiedAsync(string sha256, CancellationToken cancellationToken);
}
