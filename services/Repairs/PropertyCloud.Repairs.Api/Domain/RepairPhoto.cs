using System.Security.Cryptography;
using PropertyCloud.BuildingBlocks.Documents;
using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Repairs.Api.Domain;

/// <summary>
/// A photo of a repair order, kept in the Repairs database: JPEG, PNG, WebP or HEIC (checked by its first bytes, not just the
/// declared type), at most 5 MB, with its SHA-256 so a copy can be checked.
/// </summary>
public sealed class RepairPhoto
{
    public const int MaxBytes = 5 * 1024 * 1024;

    public Guid Id { get; private set; }
    public Guid RepairOrderId { get; private set; }
    public PhotoStage Stage { get; private set; }
    public string ContentType { get; private set; } = "";
    public int Size { get; private set; }
    public string Sha256 { get; private set; } = "";
    public byte[] Content { get; private set; } = [];
    public string UploadedBy { get; private set; } = "";
    public DateTimeOffset UploadedAt { get; private set; }

    private RepairPhoto() { }

    public static RepairPhoto Take(Guid repairOrderId, PhotoStage stage, byte[] content, string uploadedBy, DateTimeOffset now)
    {
        if (content.Length == 0 || content.Length > MaxBytes)
        {
            throw new DomainException("photo.size", new("照片须为非空且不超过 5 MB", "A photo must be non-empty and at most 5 MB"), "photo");
        }
        var contentType = ImageFormats.Sniff(content) ?? throw new DomainException("photo.content_type",
            new("照片须为 JPEG、PNG、WebP 或 HEIC 格式", "A photo must be a JPEG, PNG, WebP or HEIC image"), "photo");
        return new RepairPhoto
        {
            Id = Guid.CreateVersion7(),
            RepairOrderId = repairOrderId,
            Stage = stage,
            ContentType = contentType,
            Size = content.Length,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(content)),
            Content = content,
            UploadedBy = uploadedBy,
            UploadedAt = now,
        };
    }
}
