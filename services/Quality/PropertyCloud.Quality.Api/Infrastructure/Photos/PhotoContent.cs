namespace PropertyCloud.Quality.Api.Infrastructure.Photos;

/// <summary>The bytes of an uploaded photo, stored once per SHA-256 however many photo records share them.</summary>
public sealed class PhotoContent
{
    public string Sha256 { get; private set; } = "";
    public byte[] Content { get; private set; } = [];

    private PhotoContent() { }
}
