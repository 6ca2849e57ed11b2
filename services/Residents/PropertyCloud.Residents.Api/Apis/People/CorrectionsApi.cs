using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.Residents.Api.Domain.People;
using PropertyCloud.Residents.Api.Extensions;

namespace PropertyCloud.Residents.Api.Apis.People;

/// <summary>The service centre decides owners' correction requests (修改权); approving applies the change to the owner record.</summary>
public static class CorrectionsApi
{
    private static readonly LocalizedText CorrectionText = new("更正申请", "correction request");

    public static RouteGroupBuilder MapCorrectionsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/residents/estates/{estateId:guid}/corrections").WithTags("Corrections")
            .RequireAuthorization(ResidentsPolicies.EditPeople);
        api.MapGet("/", ListCorrections);
        api.MapPost("/{correctionId:guid}/approve", Approve);
        api.MapPost("/{correctionId:guid}/reject", Reject);
        return api;
    }

    public static async Task<Ok<PagedResult<CorrectionResponse>>> ListCorrections(
        Guid estateId, CorrectionStatus? status, [AsParameters] PeopleServices services, [AsParameters] PageRequest page,
        CancellationToken cancellationToken)
    {
        var query = services.Db.CorrectionRequests.AsNoTracking().Where(c => c.EstateId == estateId);
        if (status is not null)
        {
            query = query.Where(c => c.Status == status);
        }
        var total = await query.LongCountAsync(cancellationToken);
        var items = await query.OrderBy(c => c.RequestedAt).ThenBy(c => c.Id).Skip(page.Skip).Take(page.Size).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResult<CorrectionResponse>([.. items.Select(CorrectionResponse.From)], page.Number, page.Size, total));
    }

    public static async Task<Results<Ok<CorrectionResponse>, ProblemHttpResult>> Approve(
        Guid estateId, Guid correctionId, CorrectionDecisionRequest request, [AsParameters] PeopleServices services, CancellationToken cancellationToken)
    {
        var correction = await services.Db.CorrectionRequests.FirstOrDefaultAsync(c => c.Id == correctionId && c.EstateId == estateId, cancellationToken);
        if (correction is null)
        {
            return ApiProblems.NotFound(CorrectionText, correctionId);
        }
        var owner = await services.Db.Owners.FirstAsync(o => o.Id == correction.OwnerId, cancellationToken);
        var now = services.Clock.GetUtcNow();
        correction.Approve(services.StaffName, request.Note, now);
        if (correction.Field == CorrectableField.IdNumber)
        {
            owner.CorrectIdNumber(await services.IdNumbers.ProtectAsync(services.IdNumbers.Reveal(correction.RequestedValue), cancellationToken));
        }
        else
        {
            owner.ApplyCorrection(correction.Field, correction.RequestedValue);
        }
        if (correction.Field == CorrectableField.Address)
        {
            await ContactChanges.RaiseAsync(services.Db, estateId, owner.Id, ContactChanges.Address, "Changed", null, now, cancellationToken);
        }
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(CorrectionResponse.From(correction));
    }

    public static async Task<Results<Ok<CorrectionResponse>, ProblemHttpResult>> Reject(
        Guid estateId, Guid correctionId, CorrectionDecisionRequest request, [AsParameters] PeopleServices services, CancellationToken cancellationToken)
    {
        var correction = await services.Db.CorrectionRequests.FirstOrDefaultAsync(c => c.Id == correctionId && c.EstateId == estateId, cancellationToken);
        if (correction is null)
        {
            return ApiProblems.NotFound(CorrectionText, correctionId);
        }
        if (string.IsNullOrWhiteSpace(request.Note))
        {
            throw new DomainException("correction.rejection_needs_reason",
                new("驳回更正申请须说明理由", "Rejecting a correction request needs a reason for the owner"), "note");
        }
        correction.Reject(services.StaffName, request.Note, services.Clock.GetUtcNow());
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(CorrectionResponse.From(correction));
    }
}
