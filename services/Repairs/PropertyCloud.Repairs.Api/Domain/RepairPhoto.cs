using System.Security.Cryptography;
using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Repairs.Api.Domain;

/// <summary>
/// A photo of a repair order, kept in the Repairs database: JPEG, PNG or WebP (checked by its first bytes, not just the
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
        var contentType = Sniff(content) ?? throw new DomainException("photo.content_type",
            new("照片须为 JPEG、PNG 或 WebP 格式", "A photo must be JPEG, PNG or WebP"), "photo");
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

    private static string? Sniff(byte[] b) => b switch
    {
        [0xFF, 0xD8, 0xFF, ..] => "image/jpeg",
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, ..] => "image/png",
        [0x52, 0x49, 0x46, 0x46, _, _, _, _, 0x57, 0x45, 0x42, 0x50, ..] => "image/webp",
        _ => null,
    };
}
