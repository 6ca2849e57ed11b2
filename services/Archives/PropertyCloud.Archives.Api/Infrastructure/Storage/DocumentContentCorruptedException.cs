namespace PropertyCloud.Archives.Api.Infrastructure.Storage;

/// <summary>Stored content is missing or no longer hashes to the address it was stored under.</summary>
public sealed class DocumentContentCorruptedException(string sha256, string reason)
    : Exception($"Stored content {sha256} failed verification: {reason}")
{
    public string Sha256 { get; } = sha256;
}
