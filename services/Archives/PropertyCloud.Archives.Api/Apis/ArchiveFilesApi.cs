using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using PropertyCloud.Archives.Api.Domain.Documents;
using PropertyCloud.Archives.Api.Domain.Files;
using PropertyCloud.Archives.Api.Extensions;
using PropertyCloud.Archives.Api.Infrastructure.Storage;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Archives.Api.Apis;

/// <summary>
/// Engineering (工程档案), equipment (设备档案) and staff files (员工档案). Their documents are listed, read and lent
/// through the same document and loan endpoints as customer files' documents.
/// </summary>
public static class ArchiveFilesApi
{
    internal static readonly LocalizedText ArchiveFileText = new("档案", "file");

    public static RouteGroupBuilder MapArchiveFilesApi(this IEndpointRouteBuilder app)
    {
        var requestLimit = app.ServiceProvider.GetRequiredService<IOptions<ArchivesOptions>>().Value.MaxDocumentBytes + 1024 * 1024;
        var api = app.MapGroup("api/archives/estates/{estateId:guid}/archive-files").WithTags("Engineering and staff files");
        api.MapGet("/", ListFiles).RequireAuthorization(ArchivesPolicies.ReadFiles);
        api.MapPost("/", OpenFile).RequireAuthorization(ArchivesPolicies.ManageDocuments).Validate<ArchiveFileRequest>();
        api.MapGet("/{fileId:guid}", GetFile).RequireAuthorization(ArchivesPolicies.ReadFiles);
        api.MapPost("/{fileId:guid}/documents", FileDocument).RequireAuthorization(ArchivesPolicies.ManageDocuments)
            .Validate<DocumentUploadForm>().DisableAntiforgery().WithMetadata(new RequestSizeLimitAttribute(requestLimit));
        return api;
    }

    public static async Task<Ok<PagedResult<ArchiveFileResponse>>> ListFiles(
        Guid estateId, ArchiveFileKind? kind, [AsParameters] ArchivesServices services, [AsParameters] PageRequest page, CancellationToken cancellationToken)
    {
        var query = services.Db.ArchiveFiles.AsNoTracking().Where(f => f.EstateId == estateId);
        if (kind is not null)
        {
            query = query.Where(f => f.Kind == kind);
        }
        var total = await query.LongCountAsync(cancellationToken);
        var items = await query.OrderBy(f => f.FileNumber).Skip(page.Skip).Take(page.Size).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResult<ArchiveFileResponse>([.. items.Select(ArchiveFileResponse.From)], page.Number, page.Size, total));
    }

    public static async Task<Results<Created<ArchiveFileResponse>, ProblemHttpResult>> OpenFile(
        Guid estateId, ArchiveFileRequest request, [AsParameters] ArchivesServices services, CancellationToken cancellationToken)
    {
        var file = ArchiveFile.Open(estateId, request.Kind!.Value, request.FileNumber!, request.Title!, request.StaffId,
            services.User.Id ?? "", services.Clock.GetUtcNow());
        services.Db.ArchiveFiles.Add(file);
        try
        {
            await services.Db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            throw new ConflictException("file.number_taken", new LocalizedText($"档案编号 {file.FileNumber} 已被使用", $"File number {file.FileNumber} is already taken"), "fileNumber");
        }
        return TypedResults.Created($"/api/archives/estates/{estateId}/archive-files/{file.Id}", ArchiveFileResponse.From(file));
    }

    public static async Task<Results<Ok<ArchiveFileResponse>, ProblemHttpResult>> GetFile(
        Guid estateId, Guid fileId, [AsParameters] ArchivesServices services, CancellationToken cancellationToken)
    {
        var file = await services.Db.ArchiveFiles.AsNoTracking().FirstOrDefaultAsync(f => f.Id == fileId && f.EstateId == estateId, cancellationToken);
        return file is null ? ApiProblems.NotFound(ArchiveFileText, fileId) : TypedResults.Ok(ArchiveFileResponse.From(file));
    }

    public static async Task<Results<Created<DocumentResponse>, ProblemHttpResult>> FileDocument(
        Guid estateId, Guid fileId, [FromForm] DocumentUploadForm form, [AsParameters] ArchivesServices services,
        IDocumentStore store, IOptions<ArchivesOptions> options, ILoggerFactory logs, CancellationToken cancellationToken)
    {
        var file = await services.Db.ArchiveFiles.AsNoTracking().FirstOrDefaultAsync(f => f.Id == fileId && f.EstateId == estateId, cancellationToken);
        if (file is null)
        {
            return ApiProblems.NotFound(ArchiveFileText, fileId);
        }
        if (DocumentUploads.RefuseIfTooLarge(form.File!, options.Value.MaxDocumentBytes) is { } tooLarge)
        {
            return tooLarge;
        }
        var content = await DocumentUploads.StoreAsync(form.File!, store, cancellationToken);
        var document = ArchiveDocument.File(file, form.ToDetails(), content, services.User.Id ?? "", services.Clock.GetUtcNow());
        services.Db.Documents.Add(document);
        await DocumentUploads.IndexAsync(services.Db, document, form.File!, content.ContentType, logs.CreateLogger(typeof(ArchiveFilesApi)),
            services.Clock.GetUtcNow(), cancellationToken);
        DocumentUploads.RaiseFiled(services.Db, document, unitId: null, file.Kind.ToString());
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/archives/estates/{estateId}/documents/{document.Id}", DocumentResponse.From(document));
    }
}
