using PropertyCloud.Repairs.Api.Domain;

namespace PropertyCloud.Repairs.Api.Apis;

/// <summary>A photo's description; the bytes are fetched from <c>photos/{id}</c>.</summary>
public sealed record RepairPhotoResponse(
    Guid Id, Guid RepairOrderId, PhotoStage Stage, string ContentType, int Size, string Sha256, string UploadedBy, DateTimeOffset UploadedAt)
{
    public static RepairPhotoResponse From(RepairPhoto p) =>
        new(p.Id, p.RepairOrderId, p.Stage, p.ContentType, p.Size, p.Sha256, p.UploadedBy, p.UploadedAt);
}
