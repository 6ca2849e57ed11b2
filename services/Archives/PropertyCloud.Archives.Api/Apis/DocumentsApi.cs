using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PropertyCloud.Archives.Api.Apis.Viewing;
using PropertyCloud.Archives.Api.Domain.Audit;
using PropertyCloud.Archives.Api.Domain.Documents;
using PropertyCloud.Archives.Api.Extensions;
using PropertyCloud.Archives.Api.Infrastructure.Storage;
using PropertyCloud.Archives.Contracts;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Documents;
using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.BuildingBlocks.EventBus;

namespace PropertyCloud.Archives.Api.Apis;

/// <summary>Documents in customer files: filing (upload), versions, metadata and verified download.</summary>
public static class DocumentsApi
{
    internal static readonly LocalizedText DocumentText = new("档案文件", "document");
    private static readonly LocalizedText VersionText = new("文件版本", "document version");
    private static readonly LocalizedText CustomerFileText = new("客户档案", "customer file");
    private static readonly LocalizedText ContentFailedVerification =
        new("文件内容校验失败，存储的内容已损坏或丢失；请重新上传原件以恢复", "The content failed verification: the stored copy is corrupted or missing; upload the original again to restore it");

    public static RouteGroupBuilder MapDocumentsApi(this IEndpointRouteBuilder app)
    {
        // Multipart framing around a maximal document stays well under one extra megabyte.
        var requestLimit = app.ServiceProvider.GetRequiredService<IOptions<ArchivesOptions>>().Value.MaxDocumentBytes + 1024 * 1024;
        var api = app.MapGroup("api/archives/estates/{estateId:guid}").WithTags("Documents");
        api.MapGet("/files/{fileId:guid}/documents", ListDocuments).RequireAuthorization(ArchivesPolicies.ReadFiles);
        api.MapPost("/files/{fileId:guid}/documents", FileDocument).RequireAuthorization(ArchivesPolicies.ManageDocuments)
            .Validate<DocumentUploadForm>().DisableAntiforgery().WithMetadata(new RequestSizeLimitAttribute(requestLimit));
        api.MapPost("/documents/{documentId:guid}/versions", AddVersion).RequireAuthorization(ArchivesPolicies.ManageDocuments)
            .Validate<NewVersionForm>().DisableAntiforgery().WithMetadata(new RequestSizeLimitAttribute(requestLimit));
        api.MapGet("/documents/{documentId:guid}", GetDocument).RequireAuthorization(ArchivesPolicies.ReadDocuments);
        api.MapGet("/documents/{documentId:guid}/content", Download).RequireAuthorization(ArchivesPolicies.ReadDocuments);
        return api;
    }

    public static async Task<Results<Ok<IReadOnlyList<DocumentResponse>>, ProblemHttpResult>> ListDocuments(
        Guid estateId, Guid fileId, [AsParameters] ArchivesServices services, CancellationToken cancellationToken)
    {
        var documents = await services.Db.Documents.AsNoTracking().Include(d => d.Versions)
            .Where(d => d.EstateId == estateId && d.FileId == fileId && d.DestroyedAt == null).OrderBy(d => d.FiledAt).ToListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<DocumentResponse>>([.. documents.Select(DocumentResponse.From)]);
    }

    public static async Task<Results<Created<DocumentResponse>, ProblemHttpResult>> FileDocument(
        Guid estateId, Guid fileId, [FromForm] DocumentUploadForm form, [AsParameters] ArchivesServices services,
        IDocumentStore store, IOptions<ArchivesOptions> options, ILoggerFactory logs, CancellationToken cancellationToken)
    {
        var file = await services.Db.CustomerFiles.AsNoTracking().FirstOrDefaultAsync(f => f.Id == fileId && f.EstateId == estateId, cancellationToken);
        if (file is null)
        {
            return ApiProblems.NotFound(CustomerFileText, fileId);
        }
        if (DocumentUploads.RefuseIfTooLarge(form.File!, options.Value.MaxDocumentBytes) is { } tooLarge)
        {
            return tooLarge;
        }
        var content = await DocumentUploads.StoreAsync(form.File!, store, cancellationToken);
        var document = ArchiveDocument.File(file, form.ToDetails(), content, services.User.Id ?? "", services.Clock.GetUtcNow());
        services.Db.Documents.Add(document);
        await DocumentUploads.IndexAsync(services.Db, document, form.File!, content.ContentType, logs.CreateLogger(typeof(DocumentsApi)),
            services.Clock.GetUtcNow(), cancellationToken);
        DocumentUploads.RaiseFiled(services.Db, document, file.UnitId, DocumentFiled.CustomerFile);
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/archives/estates/{estateId}/documents/{document.Id}", DocumentResponse.From(document));
    }

    public static async Task<Results<Ok<DocumentResponse>, ProblemHttpResult>> AddVersion(
        Guid estateId, Guid documentId, [FromForm] NewVersionForm form, [AsParameters] ArchivesServices services,
        IDocumentStore store, IOptions<ArchivesOptions> options, ILoggerFactory logs, CancellationToken cancellationToken)
    {
        var document = await services.Db.Documents.Include(d => d.Versions)
            .FirstOrDefaultAsync(d => d.Id == documentId && d.EstateId == estateId && d.DestroyedAt == null, cancellationToken);
        if (document is null)
        {
            return ApiProblems.NotFound(DocumentText, documentId);
        }
        if (DocumentUploads.RefuseIfTooLarge(form.File!, options.Value.MaxDocumentBytes) is { } tooLarge)
        {
            return tooLarge;
        }
        var content = await DocumentUploads.StoreAsync(form.File!, store, cancellationToken);
        document.AddVersion(content, services.User.Id ?? "", services.Clock.GetUtcNow());
        await DocumentUploads.IndexAsync(services.Db, document, form.File!, content.ContentType, logs.CreateLogger(typeof(DocumentsApi)),
            services.Clock.GetUtcNow(), cancellationToken);
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(DocumentResponse.From(document));
    }

    public static async Task<Results<Ok<DocumentResponse>, ProblemHttpResult>> GetDocument(
        Guid estateId, Guid documentId, [AsParameters] ArchivesServices services, CancellationToken cancellationToken)
    {
        var (document, refused) = await FindReadableAsync(services, estateId, documentId, cancellationToken);
        if (document is null)
        {
            return refused!;
        }
        await DocumentAccess.RecordReadAsync(services, document, AuditActions.DocumentViewed, "metadata", cancellationToken);
        return TypedResults.Ok(DocumentResponse.From(document));
    }

    /// <summary>
    /// The stored bytes for custodians (and for borrowers of C documents); a borrower of an A or B document gets the
    /// watermarked PDF rendition instead (<see cref="WatermarkedDownload"/>), never the original bytes.
    /// </summary>
    public static async Task<Results<FileStreamHttpResult, FileContentHttpResult, ProblemHttpResult>> Download(
        Guid estateId, Guid documentId, int? version, [AsParameters] ArchivesServices services, IDocumentStore store,
        IPdfRenderer renderer, ILoggerFactory logs, CancellationToken cancellationToken)
    {
        var (document, refused) = await FindReadableAsync(services, estateId, documentId, cancellationToken);
        if (document is null)
        {
            return refused!;
        }
        var number = version ?? document.CurrentVersion;
        var wanted = document.Versions.FirstOrDefault(v => v.Number == number);
        if (wanted is null)
        {
            return ApiProblems.NotFound(VersionText, number);
        }
        if (document.IsConfidential && !await DocumentAccess.ReadsWithoutLoanAsync(services, document, cancellationToken))
        {
            return await WatermarkedDownload.ServeAsync(services, store, renderer, document, wanted, logs, cancellationToken);
        }
        var (content, failed) = await AuditedContent.OpenAsync(services, store, document, wanted, $"v{number} {wanted.Sha256}", logs, cancellationToken);
        return content is null ? failed! : AuditedContent.File(content, wanted);
    }

    internal static ProblemHttpResult ContentFailed(DocumentContentCorruptedException corrupted, ArchiveDocument document, int version, ILoggerFactory logs)
    {
        logs.CreateLogger(typeof(DocumentsApi)).LogError(corrupted,
            "Document {DocumentId} version {Version} of estate {EstateId} failed verification", document.Id, version, document.EstateId);
        return ContentFailed(document.Id, version);
    }

    internal static ProblemHttpResult ContentFailed(Guid documentId, int version) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: ContentFailedVerification.ToString(),
            detail: $"{documentId} v{version}", extensions: new Dictionary<string, object?> { ["code"] = "document.content_failed_verification" });

    /// <summary>The document if the caller may read it; otherwise why not (403 loan, 404). Estate scope is checked by the middleware.</summary>
    private static async Task<(ArchiveDocument? Document, ProblemHttpResult? Refused)> FindReadableAsync(
        ArchivesServices services, Guid estateId, Guid documentId, CancellationToken cancellationToken)
    {
        var document = await FindAsync(services, estateId, documentId, cancellationToken);
        if (document is null)
        {
            return (null, ApiProblems.NotFound(DocumentText, documentId));
        }
        return await DocumentAccess.MayReadAsync(services, document, cancellationToken) ? (document, null) : (null, DocumentAccess.Forbidden());
    }

    private static Task<ArchiveDocument?> FindAsync(ArchivesServices services, Guid estateId, Guid documentId, CancellationToken cancellationToken) =>
        services.Db.Documents.AsNoTracking().Include(d => d.Versions)
            .FirstOrDefaultAsync(d => d.Id == documentId && d.EstateId == estateId && d.DestroyedAt == null, cancellationToken);
}
