using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using PropertyCloud.Archives.Api.Domain.Reconciliation;
using PropertyCloud.Archives.Api.Exports;
using PropertyCloud.Archives.Api.Extensions;
using PropertyCloud.Archives.Api.Infrastructure;
using PropertyCloud.Archives.Contracts;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.BuildingBlocks.EventBus;
using PropertyCloud.BuildingBlocks.Spreadsheets;

namespace PropertyCloud.Archives.Api.Apis;

/// <summary>
/// Monthly reconciliation (月度核对): a checklist per file against its contents list; missing items become open items
/// for the estate manager and an <see cref="ArchiveItemsMissing"/> event.
/// </summary>
public static class ReconciliationApi
{
    private static readonly LocalizedText ReconciliationText = new("核对记录", "reconciliation");
    private static readonly LocalizedText MissingItemText = new("缺失项", "missing item");

    public static RouteGroupBuilder MapReconciliationApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/archives/estates/{estateId:guid}").WithTags("Reconciliation");
        api.MapPost("/files/{fileId:guid}/reconciliations", Start).RequireAuthorization(ArchivesPolicies.ManageDocuments);
        api.MapGet("/reconciliations", List).RequireAuthorization(ArchivesPolicies.ReadFiles);
        api.MapGet("/reconciliations/export", Export).RequireAuthorization(ArchivesPolicies.ReadFiles);
        api.MapGet("/reconciliations/{reconciliationId:guid}", Get).RequireAuthorization(ArchivesPolicies.ReadFiles);
        api.MapPost("/reconciliations/{reconciliationId:guid}/completion", Complete).RequireAuthorization(ArchivesPolicies.ManageDocuments)
            .Validate<ReconciliationCompletion>();
        api.MapGet("/missing-items", ListMissing).RequireAuthorization(ArchivesPolicies.ReadFiles);
        api.MapPost("/missing-items/{itemId:guid}/resolution", Resolve).RequireAuthorization(ArchivesPolicies.ResolveMissingItems)
            .Validate<MissingItemResolution>();
        return api;
    }

    /// <summary>Starts this month's reconciliation of a file (customer, engineering, equipment or staff); once per file and month.</summary>
    public static async Task<Results<Created<ReconciliationResponse>, ProblemHttpResult>> Start(
        Guid estateId, Guid fileId, [AsParameters] ArchivesServices services, CancellationToken cancellationToken)
    {
        var exists = await services.Db.CustomerFiles.AnyAsync(f => f.Id == fileId && f.EstateId == estateId, cancellationToken)
            || await services.Db.ArchiveFiles.AnyAsync(f => f.Id == fileId && f.EstateId == estateId, cancellationToken);
        if (!exists)
        {
            return ApiProblems.NotFound(ArchiveFilesApi.ArchiveFileText, fileId);
        }
        var now = services.Clock.GetUtcNow();
        var month = EstateCalendar.Local(now).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var contents = await services.Db.Documents.AsNoTracking().Where(d => d.FileId == fileId && d.DestroyedAt == null)
            .OrderBy(d => d.FiledAt).Select(d => new ChecklistItem(d.Id, d.Title, d.IndexNumber, null, null)).ToListAsync(cancellationToken);
        var reconciliation = FileReconciliation.Start(estateId, fileId, month, contents, services.User.Id ?? "", now);
        services.Db.Reconciliations.Add(reconciliation);
        try
        {
            await services.Db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            throw new ConflictException("reconciliation.exists", new($"该档案 {month} 的核对已开始", $"This file's {month} reconciliation has already been started"));
        }
        return TypedResults.Created($"/api/archives/estates/{estateId}/reconciliations/{reconciliation.Id}",
            await ReconciliationResponses.DescribeAsync(services.Db, reconciliation, cancellationToken));
    }

    /// <summary>
    /// The estate's reconciliations, newest first, of one month and/or one status; <c>?status=Pending</c> gives those started
    /// but not yet completed, whatever their month.
    /// </summary>
    public static async Task<Ok<IReadOnlyList<ReconciliationResponse>>> List(
        Guid estateId, [AsParameters] ReconciliationFilter filter, [AsParameters] ArchivesServices services, CancellationToken cancellationToken)
    {
        var query = filter.Apply(services.Db.Reconciliations.AsNoTracking(), estateId);
        var items = await ReconciliationFilter.InListOrder(query).Take(PageRequest.MaxPageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(await ReconciliationResponses.DescribeAsync(services.Db, items, cancellationToken));
    }

    /// <summary>
    /// The list as XLSX, with the list's filters and order: every matching reconciliation (not only the list's first page),
    /// or 422 when more than <see cref="ArchivesOptions.ReconciliationExportMaxRows"/> match (never silently cut).
    /// </summary>
    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Export(
        Guid estateId, [AsParameters] ReconciliationFilter filter, IOptions<ArchivesOptions> options, [AsParameters] ArchivesServices services,
        CancellationToken cancellationToken)
    {
        var query = filter.Apply(services.Db.Reconciliations.AsNoTracking(), estateId);
        var count = await query.CountAsync(cancellationToken);
        var max = options.Value.ReconciliationExportMaxRows;
        if (count > max)
        {
            throw new DomainException("reconciliation_export.too_many_rows",
                new($"符合条件的核对记录有 {count} 条，超过导出上限 {max} 条，请按月份或状态缩小范围",
                    $"{count} reconciliations match, more than the {max} an export holds; narrow the list by month or status"));
        }
        var items = await ReconciliationFilter.InListOrder(query).ToListAsync(cancellationToken);
        var bytes = await ReconciliationsWorkbook.WriteAsync(await ReconciliationResponses.DescribeAsync(services.Db, items, cancellationToken),
            cancellationToken);
        var day = EstateCalendar.Day(services.Clock.GetUtcNow());
        return TypedResults.File(bytes, LocalizedSheet.ContentType, $"reconciliations-{day:yyyyMMdd}.xlsx");
    }

    public static async Task<Results<Ok<ReconciliationResponse>, ProblemHttpResult>> Get(
        Guid estateId, Guid reconciliationId, [AsParameters] ArchivesServices services, CancellationToken cancellationToken)
    {
        var reconciliation = await services.Db.Reconciliations.AsNoTracking()
            .FirstOrDefaultAsync(r => r.Id == reconciliationId && r.EstateId == estateId, cancellationToken);
        return reconciliation is null
            ? ApiProblems.NotFound(ReconciliationText, reconciliationId)
            : TypedResults.Ok(await ReconciliationResponses.DescribeAsync(services.Db, reconciliation, cancellationToken));
    }

    /// <summary>Records every line's result; missing lines become open items and one event, in the same transaction.</summary>
    public static async Task<Results<Ok<ReconciliationResponse>, ProblemHttpResult>> Complete(
        Guid estateId, Guid reconciliationId, ReconciliationCompletion completion, [AsParameters] ArchivesServices services,
        CancellationToken cancellationToken)
    {
        var reconciliation = await services.Db.Reconciliations.FirstOrDefaultAsync(r => r.Id == reconciliationId && r.EstateId == estateId, cancellationToken);
        if (reconciliation is null)
        {
            return ApiProblems.NotFound(ReconciliationText, reconciliationId);
        }
        var now = services.Clock.GetUtcNow();
        var missing = reconciliation.Complete(completion.Results!, services.User.Id ?? "", now);
        services.Db.MissingItems.AddRange(missing);
        if (missing.Count > 0)
        {
            services.Db.AddIntegrationEvent(new ArchiveItemsMissing
            {
                EventId = Guid.CreateVersion7(),
                OccurredAt = now,
                EstateId = estateId,
                FileId = reconciliation.FileId,
                ReconciliationId = reconciliation.Id,
                Month = reconciliation.Month,
                DocumentIds = [.. missing.Select(m => m.DocumentId)],
            });
        }
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(await ReconciliationResponses.DescribeAsync(services.Db, reconciliation, cancellationToken));
    }

    /// <summary>Missing items, oldest first; <c>?open=true</c> gives those not yet resolved (the estate manager's open items).</summary>
    public static async Task<Ok<IReadOnlyList<MissingItemResponse>>> ListMissing(
        Guid estateId, bool? open, [AsParameters] ArchivesServices services, CancellationToken cancellationToken)
    {
        var query = services.Db.MissingItems.AsNoTracking().Where(i => i.EstateId == estateId);
        if (open is not null)
        {
            query = open.Value ? query.Where(i => i.ResolvedAt == null) : query.Where(i => i.ResolvedAt != null);
        }
        var items = await query.OrderBy(i => i.RecordedAt).Take(PageRequest.MaxPageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<MissingItemResponse>>([.. items.Select(MissingItemResponse.From)]);
    }

    public static async Task<Results<Ok<MissingItemResponse>, ProblemHttpResult>> Resolve(
        Guid estateId, Guid itemId, MissingItemResolution resolution, [AsParameters] ArchivesServices services, CancellationToken cancellationToken)
    {
        var item = await services.Db.MissingItems.FirstOrDefaultAsync(i => i.Id == itemId && i.EstateId == estateId, cancellationToken);
        if (item is null)
        {
            return ApiProblems.NotFound(MissingItemText, itemId);
        }
        item.Resolve(resolution.Outcome!.Value, resolution.Note!, services.User.Id ?? "", services.Clock.GetUtcNow());
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(MissingItemResponse.From(item));
    }
}
