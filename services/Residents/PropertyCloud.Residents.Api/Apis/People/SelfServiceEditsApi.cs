using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Residents.Api.Domain.People;
using PropertyCloud.Residents.Api.Extensions;

namespace PropertyCloud.Residents.Api.Apis.People;

/// <summary>
/// What an owner changes about themselves: phone, emergency contacts and household members directly; every other field
/// through a correction request that the service centre decides (修改权).
/// </summary>
public static class SelfServiceEditsApi
{
    public static RouteGroupBuilder MapSelfServiceEditsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/residents/estates/{estateId:guid}/me").WithTags("Self-service")
            .RequireAuthorization(ResidentsPolicies.SelfService);
        api.MapPut("/owners/{ownerId:guid}/phone", ChangeMyPhone).Validate<PhoneChangeRequest>();
        api.MapPost("/owners/{ownerId:guid}/emergency-contacts", AppointMyEmergencyContact).Validate<ContactRequest>();
        api.MapPut("/owners/{ownerId:guid}/members/{memberId:guid}", CorrectMyMember).Validate<MemberRequest>();
        api.MapDelete("/owners/{ownerId:guid}/members/{memberId:guid}", RemoveMyMember);
        api.MapDelete("/owners/{ownerId:guid}/emergency-contacts/{contactId:guid}", RemoveMyEmergencyContact);
        api.MapPost("/owners/{ownerId:guid}/corrections", RequestCorrection).Validate<CorrectionRequestBody>();
        api.MapGet("/corrections", ListMyCorrections);
        return api;
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> ChangeMyPhone(
        Guid estateId, Guid ownerId, PhoneChangeRequest request, [AsParameters] PeopleServices services, CancellationToken cancellationToken)
    {
        var owner = await MyOwnerRecordAsync(services, estateId, ownerId, cancellationToken);
        if (owner is null)
        {
            return NotYours();
        }
        var previous = owner.Phone;
        owner.ChangePhone(request.Phone);
        if (owner.Phone != previous)
        {
            await ContactChanges.RaiseAsync(services.Db, estateId, owner.Id, ContactChanges.Phone, "Changed", null, services.Clock.GetUtcNow(), cancellationToken);
            await services.Db.SaveChangesAsync(cancellationToken);
        }
        return TypedResults.NoContent();
    }

    public static async Task<Results<Created<ContactResponse>, ProblemHttpResult>> AppointMyEmergencyContact(
        Guid estateId, Guid ownerId, ContactRequest request, [AsParameters] PeopleServices services, CancellationToken cancellationToken)
    {
        var owner = await MyOwnerRecordAsync(services, estateId, ownerId, cancellationToken);
        if (owner is null)
        {
            return NotYours();
        }
        var contact = EmergencyContact.Appoint(owner, request.Name, request.Relationship, request.Phone);
        services.Db.EmergencyContacts.Add(contact);
        await ContactChanges.RaiseAsync(services.Db, estateId, owner.Id, ContactChanges.EmergencyContact, "Added", contact.Id,
            services.Clock.GetUtcNow(), cancellationToken);
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/residents/estates/{estateId}/me", ContactResponse.From(contact, masked: false));
    }

    public static async Task<Results<Ok<MemberResponse>, ProblemHttpResult>> CorrectMyMember(
        Guid estateId, Guid ownerId, Guid memberId, MemberRequest request, [AsParameters] PeopleServices services, CancellationToken cancellationToken)
    {
        var owner = await MyOwnerRecordAsync(services, estateId, ownerId, cancellationToken);
        if (owner is null)
        {
            return NotYours();
        }
        var member = await services.Db.HouseholdMembers.FirstOrDefaultAsync(m => m.Id == memberId && m.OwnerId == owner.Id, cancellationToken);
        if (member is null)
        {
            return ApiProblems.NotFound(HouseholdRemovals.MemberText, memberId);
        }
        member.Correct(request.Name, request.Relationship, request.Gender, request.Phone ?? "");
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(MemberResponse.From(member, masked: false));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> RemoveMyMember(
        Guid estateId, Guid ownerId, Guid memberId, [AsParameters] PeopleServices services, CancellationToken cancellationToken)
    {
        var owner = await MyOwnerRecordAsync(services, estateId, ownerId, cancellationToken);
        if (owner is null)
        {
            return NotYours();
        }
        return await HouseholdRemovals.RemoveMemberAsync(services, estateId, owner.Id, memberId, cancellationToken)
            ? TypedResults.NoContent()
            : ApiProblems.NotFound(HouseholdRemovals.MemberText, memberId);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> RemoveMyEmergencyContact(
        Guid estateId, Guid ownerId, Guid contactId, [AsParameters] PeopleServices services, CancellationToken cancellationToken)
    {
        var owner = await MyOwnerRecordAsync(services, estateId, ownerId, cancellationToken);
        if (owner is null)
        {
            return NotYours();
        }
        return await HouseholdRemovals.RemoveEmergencyContactAsync(services, estateId, owner.Id, contactId, cancellationToken)
            ? TypedResults.NoContent()
            : ApiProblems.NotFound(HouseholdRemovals.ContactText, contactId);
    }

    public static async Task<Results<Created<CorrectionResponse>, ProblemHttpResult>> RequestCorrection(
        Guid estateId, Guid ownerId, CorrectionRequestBody request, [AsParameters] PeopleServices services, CancellationToken cancellationToken)
    {
        var owner = await MyOwnerRecordAsync(services, estateId, ownerId, cancellationToken);
        if (owner is null)
        {
            return NotYours();
        }
        var (value, masked) = await StoredValueAsync(owner, request, services, cancellationToken);
        var pending = await services.Db.CorrectionRequests.AnyAsync(
            c => c.OwnerId == owner.Id && c.Field == request.Field && c.Status == CorrectionStatus.Pending, cancellationToken);
        var correction = CorrectionRequest.File(owner, request.Field, value, masked, request.Reason, services.Clock.GetUtcNow(), pending);
        services.Db.CorrectionRequests.Add(correction);
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/residents/estates/{estateId}/me/corrections", CorrectionResponse.From(correction));
    }

    public static async Task<Results<Ok<IReadOnlyList<CorrectionResponse>>, ProblemHttpResult>> ListMyCorrections(
        Guid estateId, [AsParameters] PeopleServices services, CancellationToken cancellationToken)
    {
        var userId = services.User.Id;
        if (userId is null || !services.User.IsInRole(Roles.Owner))
        {
            return ApiProblems.EstateForbidden();
        }
        var mine = await services.Db.CorrectionRequests.AsNoTracking()
            .Where(c => c.EstateId == estateId && services.Db.Owners.Any(o => o.Id == c.OwnerId && o.UserId == userId))
            .OrderBy(c => c.RequestedAt).ToListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<CorrectionResponse>>([.. mine.Select(CorrectionResponse.From)]);
    }

    /// <summary>ID numbers are checked like at registration and kept encrypted; addresses are masked for staff like elsewhere.</summary>
    private static async Task<(string Value, string Masked)> StoredValueAsync(
        Owner owner, CorrectionRequestBody request, PeopleServices services, CancellationToken cancellationToken)
    {
        var value = request.Value.Trim();
        switch (request.Field)
        {
            case CorrectableField.IdNumber:
                if (owner.IdDocumentType == IdDocumentType.ResidentIdCard && !ChineseIdNumber.IsValid(value))
                {
                    throw new DomainException("correction.invalid_id_number",
                        new("居民身份证号码无效（位数、出生日期或校验位不正确）", "The resident ID number is invalid (length, birth date or check digit)"), "value");
                }
                var protectedId = await services.IdNumbers.ProtectAsync(value, cancellationToken);
                return (protectedId.Cipher, protectedId.Masked);
            case CorrectableField.Address:
                return (value, Masking.Address(value));
            default:
                return (value, value);
        }
    }

    private static Task<Owner?> MyOwnerRecordAsync(PeopleServices services, Guid estateId, Guid ownerId, CancellationToken cancellationToken)
    {
        var userId = services.User.Id;
        return userId is null || !services.User.IsInRole(Roles.Owner)
            ? Task.FromResult<Owner?>(null)
            : services.Db.Owners.FirstOrDefaultAsync(o => o.Id == ownerId && o.EstateId == estateId && o.UserId == userId, cancellationToken);
    }

    private static ProblemHttpResult NotYours() =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: SelfServiceApi.NotYourRecord.ToString());
}
