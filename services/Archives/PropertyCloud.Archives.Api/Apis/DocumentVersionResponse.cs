using PropertyCloud.Archives.Api.Domain.Documents;

namespace PropertyCloud.Archives.Api.Apis;

public sealed record DocumentVersionResponse(
    int Number, string Sha256, long Length, string FileName, string ContentType, DateTimeOffset UploadedAt)
{
    public static DocumentVersionResponse From(DocumentVersion v) =>
        new(v.Number, v.Sha256, v.Length, v.FileName, v.ContentType, v.UploadedAt);
}
