using PropertyCloud.BuildingBlocks.Documents;
using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Quality.Api.Domain.Rules;

/// <summary>
/// A photo is a non-empty JPEG, PNG, WebP or HEIC image of at most 10 MB. The type is read from the bytes: the
/// uploader's Content-Type header is not trusted.
/// </summary>
public static class PhotoMustBeAnImage
{
    public const int MaxBytes = 10 * 1024 * 1024;

    public static string Check(ReadOnlySpan<byte> content)
    {
        if (content.Length == 0 || content.Length > MaxBytes)
        {
            throw TooLarge();
        }
        return ImageFormats.Sniff(content) ?? throw new DomainException("photo.content_type",
            new("照片须为 JPEG、PNG、WebP 或 HEIC 格式", "A photo must be a JPEG, PNG, WebP or HEIC image"), "photo");
    }

    public static DomainException TooLarge() =>
        new("photo.size", new("照片须为非空且不超过 10 MB", "A photo must be non-empty and at most 10 MB"), "photo");
}
