using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Quality.Api.Domain.Rules;

/// <summary>
/// A photo is a non-empty JPEG, PNG, WebP or HEIC image of at most 10 MB. The type is read from the bytes: the
/// uploader's Content-Type header is not trusted.
/// </summary>
public static class PhotoMustBeAnImage
{
    public const int MaxBytes = 10 * 1024 * 1024;

    private static readonly string[] HeicBrands = ["heic", "heix", "heim", "heis", "hevc", "hevx", "mif1", "msf1"];

    public static string Check(ReadOnlySpan<byte> content)
    {
        if (content.Length == 0 || content.Length > MaxBytes)
        {
            throw TooLarge();
        }
        return Sniff(content) ?? throw new DomainException("photo.content_type",
            new("照片须为 JPEG、PNG、WebP 或 HEIC 格式", "A photo must be a JPEG, PNG, WebP or HEIC image"), "photo");
    }

    public static DomainException TooLarge() =>
        new("photo.size", new("照片须为非空且不超过 10 MB", "A photo must be non-empty and at most 10 MB"), "photo");

    public static string? Sniff(ReadOnlySpan<byte> b) => b switch
    {
        [0xFF, 0xD8, 0xFF, ..] => "image/jpeg",
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, ..] => "image/png",
        [0x52, 0x49, 0x46, 0x46, _, _, _, _, 0x57, 0x45, 0x42, 0x50, ..] => "image/webp",
        [_, _, _, _, 0x66, 0x74, 0x79, 0x70, _, _, _, _, ..] when HeicBrands.Contains(System.Text.Encoding.ASCII.GetString(b[8..12])) => "image/heic",
        _ => null,
    };
}
