using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.EventBus;
using PropertyCloud.Residents.Api.Domain.People;
using PropertyCloud.Residents.Api.Extensions;
using PropertyCloud.Residents.Contracts;

namespace PropertyCloud.Residents.Api.Apis.People;

/// <summary>An owner's household members (业主成员) and emergency contacts (紧急事故联络人).</summary>
public static class HouseholdApi
{
    public static RouteGroupBuilder MapHouseholdApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/residents/estates/{estateId:guid}/owners/{ownerId:guid}").WithTags("Households")
            .RequireAuthorization(ResidentsPolicies.EditPeople);
        api.MapPost("/members", AddMember).Validate<MemberRequest>();
        api.MapPost("/emergency-contacts", AppointEmergencyContact).Validate<ContactRequest>();
        api.MapDelete("/members/{memberId:guid}", RemoveMember);
        api.MapDelete("/emergency-contacts/{contactId:guid}", RemoveEmergencyContact);
        return api;
    }

    public static async Task<Results<Created<MemberResponse>, ProblemHttpResult>> AddMember(
        Guid estateId, Guid ownerId, MemberRequest request, [AsParameters] PeopleServices services, CancellationToken cancellationToken)
    {
        var owner = await services.Db.Owners.AsNoTracking().FirstOrDefaultAsync(o => o.Id == ownerId && o.EstateId == estateId, cancellationToken);
        if (owner is null)
        {
            return ApiProblems.NotFound(OwnersApi.OwnerText, ownerId);
        }
        var member = HouseholdMember.Add(owner, request.Name, request.Relationship, request.Gender, request.Phone ?? "", services.Clock.GetUtcNow());
        services.Db.HouseholdMembers.Add(member);
        services.Db.AddIntegrationEvent(new HouseholdMemberAdded
        {
            EventId = Guid.CreateVersion7(), OccurredAt = member.AddedAt, EstateId = estateId, OwnerId = owner.Id, MemberId = member.Id,
        });
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/residents/estates/{estateId}/owners/{ownerId}", MemberResponse.From(member, masked: true));
    }

    public static async Task<Results<Created<ContactResponse>, ProblemHttpResult>> AppointEmergencyContact(
        Guid estateId, Guid ownerId, ContactRequest request, [AsParameters] PeopleServices services, CancellationToken cancellationToken)
    {
        var owner = await services.Db.Owners.AsNoTracking().FirstOrDefaultAsync(o => o.Id == ownerId && o.EstateId == estateId, cancellationToken);
        if (owner is null)
        {
            return ApiProblems.NotFound(OwnersApi.OwnerText, ownerId);
        }
        var contact = EmergencyContact.Appoint(owner, request.Name, request.Relationship, request.Phone);
        services.Db.EmergencyContacts.Add(contact);
        await ContactChanges.RaiseAsync(services.Db, estateId, ownerId, ContactChanges.EmergencyContact, "Added", contact.Id,
            services.Clock.GetUtcNow(), cancellationToken);
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/residents/estates/{estateId}/owners/{ownerId}", ContactResponse.From(contact, masked: true));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> RemoveMember(
        Guid estateId, Guid ownerId, Guid memberId, [AsParameters] PeopleServices services, CancellationToken cancellationToken) =>
        await HouseholdRemovals.RemoveMemberAsync(services, estateId, ownerId, memberId, cancellationToken)
            ? TypedResults.NoContent()
            : ApiProblems.NotFound(HouseholdRemovals.MemberText, memberId);

    public static async Task<Results<NoContent, ProblemHttpResult>> RemoveEmergencyContact(
        Guid estateId, Guid ownerId, Guid contactId, [AsParameters] PeopleServices services, CancellationToken cancellationToken) =>
        await HouseholdRemovals.RemoveEmergencyContactAsync(services, estateId, ownerId, contactId, cancellationToken)
            ? TypedResults.NoContent()
            : ApiProblems.NotFound(HouseholdRemovals.ContactText, contactId);
}
