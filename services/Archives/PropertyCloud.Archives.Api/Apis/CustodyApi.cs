using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PropertyCloud.Archives.Api.Domain.Audit;
using PropertyCloud.Archives.Api.Domain.Custody;
using PropertyCloud.Archives.Api.Extensions;
using PropertyCloud.Archives.Api.Infrastructure;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Archives.Api.Apis;

/// <summary>Custodian handovers (档案移交): a recorded transfer of a set of files, confirmed by both custodians.</summary>
public static class CustodyApi
{
    private static readonly LocalizedText TransferText = new("档案移交记录", "custody transfer");

    public static RouteGroupBuilder MapCustodyApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/archives/estates/{estateId:guid}/custody-transfers").WithTags("Custody")
            .RequireAuthorization(ArchivesPolicies.ManageDocuments);
        api.MapGet("/", List).RequireAuthorization(ArchivesPolicies.ReadFiles);
        api.MapPost("/", Record).Validate<CustodyTransferRequest>();
        api.MapPost("/{transferId:guid}/confirmation", Confirm);
        return api;
    }

    public static async Task<Ok<IReadOnlyList<CustodyTransferResponse>>> List(
        Guid estateId, [AsParameters] ArchivesServices services, CancellationToken cancellationToken)
    {
        var transfers = await services.Db.CustodyTransfers.AsNoTracking().Where(t => t.EstateId == estateId)
            .OrderByDescending(t => t.RecordedAt).Take(PageRequest.MaxPageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<CustodyTransferResponse>>([.. transfers.Select(CustodyTransferResponse.From)]);
    }

    public static async Task<Results<Created<CustodyTransferResponse>, ProblemHttpResult>> Record(
        Guid estateId, CustodyTransferRequest request, [AsParameters] ArchivesServices services, CancellationToken cancellationToken)
    {
        var ids = request.FileIds!.Distinct().ToList();
        var customer = await services.Db.CustomerFiles.Where(f => f.EstateId == estateId && ids.Contains(f.Id)).Select(f => f.Id).ToListAsync(cancellationToken);
        var other = await services.Db.ArchiveFiles.Where(f => f.EstateId == estateId && ids.Contains(f.Id)).Select(f => f.Id).ToListAsync(cancellationToken);
        var unknown = ids.Except(customer).Except(other).ToList();
        if (unknown.Count > 0)
        {
            return ApiProblems.NotFound(ArchiveFilesApi.ArchiveFileText, string.Join(", ", unknown));
        }
        var me = services.User.Id ?? "";
        var transfer = CustodyTransfer.Record(estateId, me, services.User.Name ?? me, request.ToId!, request.ToName!, ids, request.Note, me,
            services.Clock.GetUtcNow());
        services.Db.CustodyTransfers.Add(transfer);
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/archives/estates/{estateId}/custody-transfers/{transfer.Id}", CustodyTransferResponse.From(transfer));
    }

    /// <summary>The caller (outgoing or incoming custodian) confirms; the second confirmation completes it and is audited.</summary>
    public static async Task<Results<Ok<CustodyTransferResponse>, ProblemHttpResult>> Confirm(
        Guid estateId, Guid transferId, [AsParameters] ArchivesServices services, CancellationToken cancellationToken)
    {
        var transfer = await services.Db.InTransactionAsync(async () =>
        {
            var transfer = await services.Db.CustodyTransfers.FirstOrDefaultAsync(t => t.Id == transferId && t.EstateId == estateId, cancellationToken);
            if (transfer is null)
            {
                return null;
            }
            transfer.Confirm(services.User.Id ?? "", services.Clock.GetUtcNow());
            if (transfer.IsComplete)
            {
                await services.Audit.AppendAsync(services.Db, new AuditRecord(estateId, AuditActions.CustodyTransferred, services.User.Id ?? "",
                    services.User.Name ?? "", transfer.Id, $"{transfer.FileIds.Count} files from {transfer.FromId} to {transfer.ToId}"), cancellationToken);
            }
            return transfer;
        }, cancellationToken);
        return transfer is null ? ApiProblems.NotFound(TransferText, transferId) : TypedResults.Ok(CustodyTransferResponse.From(transfer));
    }
}
