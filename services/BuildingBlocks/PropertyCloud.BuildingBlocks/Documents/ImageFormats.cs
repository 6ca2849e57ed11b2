namespace PropertyCloud.BuildingBlocks.Documents;

/// <summary>
/// The type of an uploaded photo read from its first bytes (JPEG, PNG, WebP, or HEIC as phones take them): an
/// uploader's Content-Type header is never trusted.
/// </summary>
public static class ImageFormats
{
    private static readonly string[] HeicBrands = ["heic", "heix", "heim", "heis", "hevc", "hevx", "mif1", "msf1"];

    /// <summary>The media type of <paramref name="content"/>, or null when it is none of the photo formats.</summary>
    public static string? Sniff(ReadOnlySpan<byte> content) => content switch
    {
        [0xFF, 0xD8, 0xFF, ..] => "image/jpeg",
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, ..] => "image/png",
        [0x52, 0x49, 0x46, 0x46, _, _, _, _, 0x57, 0x45, 0x42, 0x50, ..] => "image/webp",
        [_, _, _, _, 0x66, 0x74, 0x79, 0x70, _, _, _, _, ..] when HeicBrands.Contains(System.Text.Encoding.ASCII.GetString(content[8..12])) => "image/heic",
        _ => null,
    };
}
