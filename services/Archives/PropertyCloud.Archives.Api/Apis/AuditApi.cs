using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PropertyCloud.Archives.Api.Extensions;
using PropertyCloud.Archives.Api.Infrastructure;
using PropertyCloud.Archives.Api.Infrastructure.Audit;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Security;

namespace PropertyCloud.Archives.Api.Apis;

/// <summary>The audit log: an estate's entries, and the integrity check that walks the hash chain and reports the first break.</summary>
public static class AuditApi
{
    public static RouteGroupBuilder MapAuditApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/archives").WithTags("Audit");
        api.MapGet("/audit/verification", Verify).RequireAuthorization(ArchivesPolicies.VerifyAudit);
        api.MapGet("/estates/{estateId:guid}/audit", ListEntries).RequireAuthorization(ArchivesPolicies.ReadAudit);
        return api;
    }

    public static async Task<Ok<AuditVerificationResponse>> Verify(ArchivesDb db, CancellationToken cancellationToken)
    {
        var verification = await AuditTrail.VerifyAsync(db, cancellationToken);
        return TypedResults.Ok(new AuditVerificationResponse(verification.FirstBreak is null, verification.EntriesChecked, verification.FirstBreak));
    }

    /// <summary>Who saw, approved or destroyed what in an estate, newest first; filter by the document, loan or batch.</summary>
    public static async Task<Results<Ok<PagedResult<AuditEntryResponse>>, ProblemHttpResult>> ListEntries(
        Guid estateId, Guid? subjectId, ArchivesDb db, CurrentUser user, [AsParameters] PageRequest page, CancellationToken cancellationToken)
    {
        var query = db.AuditEntries.AsNoTracking().Where(e => e.EstateId == estateId);
        if (subjectId is not null)
        {
            query = query.Where(e => e.SubjectId == subjectId);
        }
        var total = await query.LongCountAsync(cancellationToken);
        var items = await query.OrderByDescending(e => e.Sequence).Skip(page.Skip).Take(page.Size).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResult<AuditEntryResponse>([.. items.Select(AuditEntryResponse.From)], page.Number, page.Size, total));
    }
}
