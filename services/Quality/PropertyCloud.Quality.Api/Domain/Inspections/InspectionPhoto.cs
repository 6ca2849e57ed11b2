using PropertyCloud.Quality.Api.Domain.Rules;

namespace PropertyCloud.Quality.Api.Domain.Inspections;

/// <summary>
/// A photo taken on an inspection or of a rectification, uploaded to the estate before the finding refers to it.
/// Its bytes live in the photo store under <see cref="Sha256"/>; this row says what they are and who took them.
/// </summary>
public sealed class InspectionPhoto
{
    public Guid Id { get; private set; }
    public Guid EstateId { get; private set; }
    public string Sha256 { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long Size { get; private set; }
    public string UploadedBy { get; private set; } = "";
    public DateTimeOffset UploadedAt { get; private set; }

    private InspectionPhoto() { }

    /// <summary>Accepts <paramref name="content"/> only if it is a JPEG, PNG, WebP or HEIC image of at most 10 MB, judged by its bytes.</summary>
    public static InspectionPhoto Upload(Guid estateId, ReadOnlySpan<byte> content, string sha256, string uploadedBy, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        EstateId = estateId,
        Sha256 = sha256,
        ContentType = PhotoMustBeAnImage.Check(content),
        Size = content.Length,
        UploadedBy = uploadedBy,
        UploadedAt = now,
    };

    /// <summary>Where the photo is downloaded from: what a finding shows as the photo's address.</summary>
    public string Url => $"/api/quality/estates/{EstateId}/photos/{Id}";
}
