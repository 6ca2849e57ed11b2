using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;
using PropertyCloud.Archives.Api.Domain.Audit;
using PropertyCloud.Archives.Api.Domain.Documents;
using PropertyCloud.Archives.Api.Infrastructure.Storage;

namespace PropertyCloud.Archives.Api.Apis;

/// <summary>The stored bytes of a document version as every download serves them: verified, and audited first for A and B.</summary>
internal static class AuditedContent
{
    /// <summary>
    /// Opens the version's bytes (checked against their SHA-256 as they are read) after the read of an A or B document is
    /// committed to the audit chain; a corrupted or missing blob is logged and answered 409.
    /// </summary>
    public static async Task<(Stream? Content, ProblemHttpResult? Failed)> OpenAsync(ArchivesServices services, IDocumentStore store,
        ArchiveDocument document, DocumentVersion version, string auditDetails, ILoggerFactory logs, CancellationToken cancellationToken)
    {
        Stream content;
        try
        {
            content = await store.OpenVerifiedAsync(version.Sha256, cancellationToken);
        }
        catch (DocumentContentCorruptedException corrupted)
        {
            return (null, DocumentsApi.ContentFailed(corrupted, document, version.Number, logs));
        }
        try
        {
            await DocumentAccess.RecordReadAsync(services, document, AuditActions.DocumentDownloaded, auditDetails, cancellationToken);
        }
        catch
        {
            await content.DisposeAsync();
            throw;
        }
        return (content, null);
    }

    public static FileStreamHttpResult File(Stream content, DocumentVersion version) =>
        TypedResults.File(content, version.ContentType, version.FileName, entityTag: new EntityTagHeaderValue($"\"{version.Sha256}\""));
}
