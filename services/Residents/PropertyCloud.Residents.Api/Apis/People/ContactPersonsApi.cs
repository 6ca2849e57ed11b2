using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.Residents.Api.Domain.People;
using PropertyCloud.Residents.Api.Extensions;
using PropertyCloud.Residents.Contracts;

namespace PropertyCloud.Residents.Api.Apis.People;

/// <summary>A company owner's contact persons with the history of changes; each change publishes <see cref="ResidentContactChanged"/>.</summary>
public static class ContactPersonsApi
{
    private static readonly LocalizedText ContactPersonText = new("企业联系人", "contact person");

    public static RouteGroupBuilder MapContactPersonsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/residents/estates/{estateId:guid}/owners/{ownerId:guid}/contact-persons").WithTags("Contact persons")
            .RequireAuthorization(ResidentsPolicies.ReadPeople);
        api.MapGet("/", ListContactPersons);
        api.MapPost("/", AppointContactPerson).RequireAuthorization(ResidentsPolicies.EditPeople).Validate<ContactPersonRequest>();
        api.MapPut("/{contactId:guid}", ChangeContactPerson).RequireAuthorization(ResidentsPolicies.EditPeople).Validate<ContactPersonRequest>();
        api.MapPost("/{contactId:guid}/end", EndContactPerson).RequireAuthorization(ResidentsPolicies.EditPeople);
        return api;
    }

    /// <summary>All records, current and ended, oldest first: the history of who spoke for the company.</summary>
    public static async Task<Ok<IReadOnlyList<ContactPersonResponse>>> ListContactPersons(
        Guid estateId, Guid ownerId, [AsParameters] PeopleServices services, CancellationToken cancellationToken) =>
        TypedResults.Ok<IReadOnlyList<ContactPersonResponse>>([.. (await services.Db.ContactPersons.AsNoTracking()
            .Where(c => c.OwnerId == ownerId && c.EstateId == estateId).OrderBy(c => c.StartedOn).ThenBy(c => c.Id).ToListAsync(cancellationToken))
            .Select(c => ContactPersonResponse.From(c, masked: true))]);

    public static async Task<Results<Created<ContactPersonResponse>, ProblemHttpResult>> AppointContactPerson(
        Guid estateId, Guid ownerId, ContactPersonRequest request, [AsParameters] PeopleServices services, CancellationToken cancellationToken)
    {
        var owner = await services.Db.Owners.AsNoTracking().FirstOrDefaultAsync(o => o.Id == ownerId && o.EstateId == estateId, cancellationToken);
        if (owner is null)
        {
            return ApiProblems.NotFound(OwnersApi.OwnerText, ownerId);
        }
        var contact = CompanyContactPerson.Appoint(owner, request.Name, request.Position ?? "", request.Phone, request.EffectiveOn);
        services.Db.ContactPersons.Add(contact);
        await ContactChanges.RaiseAsync(services.Db, estateId, ownerId, ContactChanges.CompanyContactPerson, "Added", contact.Id,
            services.Clock.GetUtcNow(), cancellationToken);
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/residents/estates/{estateId}/owners/{ownerId}/contact-persons/{contact.Id}",
            ContactPersonResponse.From(contact, masked: true));
    }

    public static async Task<Results<Ok<ContactPersonResponse>, ProblemHttpResult>> ChangeContactPerson(
        Guid estateId, Guid ownerId, Guid contactId, ContactPersonRequest request, [AsParameters] PeopleServices services,
        CancellationToken cancellationToken)
    {
        var owner = await services.Db.Owners.AsNoTracking().FirstOrDefaultAsync(o => o.Id == ownerId && o.EstateId == estateId, cancellationToken);
        var contact = await services.Db.ContactPersons.FirstOrDefaultAsync(c => c.Id == contactId && c.OwnerId == ownerId && c.EstateId == estateId, cancellationToken);
        if (owner is null || contact is null)
        {
            return ApiProblems.NotFound(ContactPersonText, contactId);
        }
        var successor = contact.ChangeTo(owner, request.Name, request.Position ?? "", request.Phone, request.EffectiveOn);
        services.Db.ContactPersons.Add(successor);
        await ContactChanges.RaiseAsync(services.Db, estateId, ownerId, ContactChanges.CompanyContactPerson, "Changed", successor.Id,
            services.Clock.GetUtcNow(), cancellationToken);
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ContactPersonResponse.From(successor, masked: true));
    }

    public static async Task<Results<Ok<ContactPersonResponse>, ProblemHttpResult>> EndContactPerson(
        Guid estateId, Guid ownerId, Guid contactId, EndContactPersonRequest request, [AsParameters] PeopleServices services,
        CancellationToken cancellationToken)
    {
        var contact = await services.Db.ContactPersons.FirstOrDefaultAsync(c => c.Id == contactId && c.OwnerId == ownerId && c.EstateId == estateId, cancellationToken);
        if (contact is null)
        {
            return ApiProblems.NotFound(ContactPersonText, contactId);
        }
        contact.End(request.EndedOn);
        await ContactChanges.RaiseAsync(services.Db, estateId, ownerId, ContactChanges.CompanyContactPerson, "Removed", contact.Id,
            services.Clock.GetUtcNow(), cancellationToken);
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ContactPersonResponse.From(contact, masked: true));
    }
}
