using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PropertyCloud.Archives.Api.Domain.Audit;
using PropertyCloud.Archives.Api.Domain.Destruction;
using PropertyCloud.Archives.Api.Domain.Lending;
using PropertyCloud.Archives.Api.Extensions;
using PropertyCloud.Archives.Api.Infrastructure;
using PropertyCloud.Archives.Contracts;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.BuildingBlocks.EventBus;

namespace PropertyCloud.Archives.Api.Apis;

/// <summary>Retention and destruction: what is due, legal holds, and batches approved, destroyed and witnessed.</summary>
public static class DestructionApi
{
    private static readonly LocalizedText BatchText = new("销毁清册", "destruction batch");

    public static RouteGroupBuilder MapDestructionApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/archives/estates/{estateId:guid}").WithTags("Destruction")
            .RequireAuthorization(ArchivesPolicies.ManageDocuments);
        api.MapGet("/destruction/due", ListDue);
        api.MapPut("/documents/{documentId:guid}/legal-hold", PlaceLegalHold)
            .RequireAuthorization(ArchivesPolicies.ApproveDestruction).Validate<LegalHoldRequest>();
        api.MapDelete("/documents/{documentId:guid}/legal-hold", ReleaseLegalHold).RequireAuthorization(ArchivesPolicies.ApproveDestruction);
        api.MapPost("/destruction/batches", Propose).Validate<DestructionBatchRequest>();
        api.MapGet("/destruction/batches", ListBatches);
        api.MapGet("/destruction/batches/{batchId:guid}", GetBatch);
        api.MapPost("/destruction/batches/{batchId:guid}/approve", Approve).RequireAuthorization(ArchivesPolicies.ApproveDestruction);
        api.MapPost("/destruction/batches/{batchId:guid}/act", Act);
        api.MapPost("/destruction/batches/{batchId:guid}/witness", Witness);
        return api;
    }

    public static async Task<Results<Ok<IReadOnlyList<DocumentResponse>>, ProblemHttpResult>> ListDue(
        Guid estateId, [AsParameters] ArchivesServices services, CancellationToken cancellationToken)
    {
        var now = services.Clock.GetUtcNow();
        var due = await services.Db.Documents.AsNoTracking().Include(d => d.Versions)
            .Where(d => d.EstateId == estateId && d.DestroyedAt == null && d.LegalHoldReason == null && d.RetainUntil <= now)
            .OrderBy(d => d.RetainUntil).Take(PageRequest.MaxPageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<DocumentResponse>>([.. due.Select(DocumentResponse.From)]);
    }

    public static Task<Results<Ok<DocumentResponse>, ProblemHttpResult>> PlaceLegalHold(
        Guid estateId, Guid documentId, LegalHoldRequest request, [AsParameters] ArchivesServices services, CancellationToken cancellationToken) =>
        ChangeHold(estateId, documentId, services, d => d.PlaceLegalHold(request.Reason!), cancellationToken);

    public static Task<Results<Ok<DocumentResponse>, ProblemHttpResult>> ReleaseLegalHold(
        Guid estateId, Guid documentId, [AsParameters] ArchivesServices services, CancellationToken cancellationToken) =>
        ChangeHold(estateId, documentId, services, d => d.ReleaseLegalHold(), cancellationToken);

    public static async Task<Results<Created<DestructionBatchResponse>, ProblemHttpResult>> Propose(
        Guid estateId, DestructionBatchRequest request, [AsParameters] ArchivesServices services, CancellationToken cancellationToken)
    {
        var ids = request.DocumentIds!.Distinct().ToList();
        var documents = await services.Db.Documents.AsNoTracking()
            .Where(d => d.EstateId == estateId && ids.Contains(d.Id)).ToListAsync(cancellationToken);
        if (documents.Count != ids.Count)
        {
            return ApiProblems.NotFound(DocumentsApi.DocumentText, string.Join(", ", ids.Except(documents.Select(d => d.Id))));
        }
        await EnsureNoneOnLoanAsync(services, ids, cancellationToken);
        var batch = DestructionBatch.Propose(estateId, documents, SignatoryOf(services), services.Clock.GetUtcNow());
        services.Db.DestructionBatches.Add(batch);
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/archives/estates/{estateId}/destruction/batches/{batch.Id}", DestructionBatchResponse.From(batch));
    }

    /// <summary>The estate's batches, newest first, optionally of one status: the destruction register and the batches under way.</summary>
    public static async Task<Ok<PagedResult<DestructionBatchResponse>>> ListBatches(
        Guid estateId, DestructionStatus? status, [AsParameters] ArchivesServices services, [AsParameters] PageRequest page,
        CancellationToken cancellationToken)
    {
        var query = services.Db.DestructionBatches.AsNoTracking().Where(b => b.EstateId == estateId);
        if (status is not null)
        {
            query = query.Where(b => b.Status == status);
        }
        var total = await query.LongCountAsync(cancellationToken);
        var items = await query.OrderByDescending(b => b.ProposedAt).ThenByDescending(b => b.Id).Skip(page.Skip).Take(page.Size)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResult<DestructionBatchResponse>([.. items.Select(DestructionBatchResponse.From)], page.Number, page.Size, total));
    }

    public static async Task<Results<Ok<DestructionBatchResponse>, ProblemHttpResult>> GetBatch(
        Guid estateId, Guid batchId, [AsParameters] ArchivesServices services, CancellationToken cancellationToken)
    {
        var batch = await services.Db.DestructionBatches.AsNoTracking().FirstOrDefaultAsync(b => b.Id == batchId && b.EstateId == estateId, cancellationToken);
        return batch is null ? ApiProblems.NotFound(BatchText, batchId) : TypedResults.Ok(DestructionBatchResponse.From(batch));
    }

    public static Task<Results<Ok<DestructionBatchResponse>, ProblemHttpResult>> Approve(
        Guid estateId, Guid batchId, [AsParameters] ArchivesServices services, CancellationToken cancellationToken) =>
        ChangeBatch(estateId, batchId, services, async (batch, now) =>
        {
            batch.Approve(SignatoryOf(services), now);
            await services.Audit.AppendAsync(services.Db, new AuditRecord(estateId, AuditActions.DestructionApproved, services.User.Id ?? "",
                services.User.Name ?? "", batch.Id, $"documents {string.Join(",", batch.DocumentIds)}"), cancellationToken);
        }, cancellationToken);

    public static Task<Results<Ok<DestructionBatchResponse>, ProblemHttpResult>> Act(
        Guid estateId, Guid batchId, [AsParameters] ArchivesServices services, CancellationToken cancellationToken) =>
        ChangeBatch(estateId, batchId, services, (batch, now) =>
        {
            batch.Act(SignatoryOf(services), now);
            return Task.CompletedTask;
        }, cancellationToken);

    public static Task<Results<Ok<DestructionBatchResponse>, ProblemHttpResult>> Witness(
        Guid estateId, Guid batchId, [AsParameters] ArchivesServices services, CancellationToken cancellationToken) =>
        ChangeBatch(estateId, batchId, services, async (batch, now) =>
        {
            await EnsureNoneOnLoanAsync(services, batch.DocumentIds, cancellationToken);
            var documents = await services.Db.Documents.Where(d => batch.DocumentIds.Contains(d.Id)).ToListAsync(cancellationToken);
            batch.Witness(SignatoryOf(services), documents, now);
            await services.Audit.AppendAsync(services.Db, new AuditRecord(estateId, AuditActions.DocumentsDestroyed, services.User.Id ?? "",
                services.User.Name ?? "", batch.Id, $"acted by {batch.ActedBy}; witnessed by {batch.WitnessedBy}; documents {string.Join(",", batch.DocumentIds)}"),
                cancellationToken);
            services.Db.AddIntegrationEvent(new DocumentsDestroyed
            {
                EventId = Guid.CreateVersion7(),
                OccurredAt = now,
                EstateId = estateId,
                BatchId = batch.Id,
                DocumentIds = batch.DocumentIds,
            });
        }, cancellationToken);

    private static Signatory SignatoryOf(ArchivesServices services) => new(services.User.Id ?? "", services.User.DisplayName ?? "");

    /// <summary>An original that is out on loan cannot be destroyed until it is back and checked.</summary>
    private static async Task EnsureNoneOnLoanAsync(ArchivesServices services, IReadOnlyCollection<Guid> documentIds, CancellationToken cancellationToken)
    {
        if (await services.Db.Loans.AnyAsync(l => documentIds.Contains(l.DocumentId) && l.Status == LoanStatus.Approved, cancellationToken))
        {
            throw new DomainException("document.on_loan",
                new("清册中有借出未还的档案，归还后方可销毁", "A document in the batch is out on loan; it can be destroyed once returned"), "documentIds");
        }
    }

    private static async Task<Results<Ok<DestructionBatchResponse>, ProblemHttpResult>> ChangeBatch(
        Guid estateId, Guid batchId, ArchivesServices services, Func<DestructionBatch, DateTimeOffset, Task> change, CancellationToken cancellationToken)
    {
        var batch = await services.Db.InTransactionAsync(async () =>
        {
            var batch = await services.Db.DestructionBatches.FirstOrDefaultAsync(b => b.Id == batchId && b.EstateId == estateId, cancellationToken);
            if (batch is not null)
            {
                await change(batch, services.Clock.GetUtcNow());
            }
            return batch;
        }, cancellationToken);
        return batch is null ? ApiProblems.NotFound(BatchText, batchId) : TypedResults.Ok(DestructionBatchResponse.From(batch));
    }

    private static async Task<Results<Ok<DocumentResponse>, ProblemHttpResult>> ChangeHold(
        Guid estateId, Guid documentId, ArchivesServices services, Action<Domain.Documents.ArchiveDocument> change, CancellationToken cancellationToken)
    {
        var document = await services.Db.Documents.Include(d => d.Versions)
            .FirstOrDefaultAsync(d => d.Id == documentId && d.EstateId == estateId && d.DestroyedAt == null, cancellationToken);
        if (document is null)
        {
            return ApiProblems.NotFound(DocumentsApi.DocumentText, documentId);
        }
        change(document);
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(DocumentResponse.From(document));
    }
}
