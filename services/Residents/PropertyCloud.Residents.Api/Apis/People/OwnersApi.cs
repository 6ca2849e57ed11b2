using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.BuildingBlocks.EventBus;
using PropertyCloud.Residents.Api.Domain.People;
using PropertyCloud.Residents.Api.Extensions;
using PropertyCloud.Residents.Contracts;

namespace PropertyCloud.Residents.Api.Apis.People;

/// <summary>Owners (业主) of an estate, shown masked; registering one publishes <see cref="OwnerRegistered"/>.</summary>
public static class OwnersApi
{
    internal static readonly LocalizedText OwnerText = new("业主", "owner");

    public static RouteGroupBuilder MapOwnersApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/residents/estates/{estateId:guid}/owners").WithTags("Owners")
            .RequireAuthorization(ResidentsPolicies.ReadPeople);
        api.MapGet("/", ListOwners);
        api.MapGet("/{ownerId:guid}", GetOwner);
        api.MapPost("/", RegisterOwner).RequireAuthorization(ResidentsPolicies.EditPeople).Validate<OwnerRequest>();
        api.MapPut("/{ownerId:guid}", CorrectOwner).RequireAuthorization(ResidentsPolicies.EditPeople).Validate<OwnerRequest>();
        api.MapPut("/{ownerId:guid}/account", LinkAccount).RequireAuthorization(ResidentsPolicies.EditPeople).Validate<AccountRequest>();
        api.MapPost("/lookup", LookupByIdNumber).RequireAuthorization(ResidentsPolicies.EditPeople).Validate<IdNumberLookupRequest>();
        return api;
    }

    public static async Task<Results<Ok<PagedResult<OwnerResponse>>, ProblemHttpResult>> ListOwners(
        Guid estateId, [AsParameters] PeopleServices services, [AsParameters] PageRequest page, CancellationToken cancellationToken)
    {
        var query = services.Db.Owners.AsNoTracking().Where(o => o.EstateId == estateId);
        var total = await query.LongCountAsync(cancellationToken);
        var owners = await query.OrderBy(o => o.Name).ThenBy(o => o.Id).Skip(page.Skip).Take(page.Size).ToListAsync(cancellationToken);
        var ids = owners.Select(o => o.Id).ToList();
        var units = await services.Db.Ownerships.AsNoTracking().Where(o => ids.Contains(o.OwnerId)).ToListAsync(cancellationToken);
        var items = owners.Select(o => OwnerResponse.MaskedFrom(o,
            [.. units.Where(u => u.OwnerId == o.Id).OrderBy(u => u.StartedOn).Select(OwnershipResponse.From)])).ToList();
        return TypedResults.Ok(new PagedResult<OwnerResponse>(items, page.Number, page.Size, total));
    }

    public static async Task<Results<Ok<OwnerResponse>, ProblemHttpResult>> GetOwner(
        Guid estateId, Guid ownerId, [AsParameters] PeopleServices services, CancellationToken cancellationToken)
    {
        var owner = await services.Db.Owners.AsNoTracking().FirstOrDefaultAsync(o => o.Id == ownerId && o.EstateId == estateId, cancellationToken);
        if (owner is null)
        {
            return ApiProblems.NotFound(OwnerText, ownerId);
        }
        var file = await OwnerFile.LoadAsync(services.Db, owner, masked: true, cancellationToken);
        return TypedResults.Ok(OwnerResponse.MaskedFrom(owner, file.Units, file.Members, file.Contacts));
    }

    public static async Task<Results<Created<OwnerResponse>, ProblemHttpResult>> RegisterOwner(
        Guid estateId, OwnerRequest request, [AsParameters] PeopleServices services, CancellationToken cancellationToken)
    {
        if (!await services.Db.Estates.AnyAsync(e => e.Id == estateId, cancellationToken))
        {
            return ApiProblems.NotFound(EstatesApi.Estate, estateId);
        }
        var unitIds = (request.UnitIds ?? []).Distinct().ToList();
        var units = await services.Db.Units.Where(u => unitIds.Contains(u.Id) && u.EstateId == estateId).ToListAsync(cancellationToken);
        if (units.Count != unitIds.Count)
        {
            return ApiProblems.NotFound(UnitsApi.UnitText, string.Join(",", unitIds.Except(units.Select(u => u.Id))));
        }
        var idNumber = await services.IdNumbers.ProtectAsync(request.IdNumber, cancellationToken);
        var owner = Owner.Register(estateId, request.ToDetails(), idNumber, services.Clock.GetUtcNow());
        var ownerships = units.Select(u => Ownership.Start(u, owner, request.OwnedSince!.Value)).ToList();
        services.Db.Owners.Add(owner);
        services.Db.Ownerships.AddRange(ownerships);
        services.Db.AddIntegrationEvent(new OwnerRegistered
        {
            EventId = Guid.CreateVersion7(), OccurredAt = owner.RegisteredAt, EstateId = estateId, OwnerId = owner.Id,
            UnitIds = unitIds, OwnedSince = unitIds.Count > 0 ? request.OwnedSince : null,
        });
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/residents/estates/{estateId}/owners/{owner.Id}",
            OwnerResponse.MaskedFrom(owner, [.. ownerships.Select(OwnershipResponse.From)]));
    }

    public static async Task<Results<Ok<OwnerResponse>, ProblemHttpResult>> CorrectOwner(
        Guid estateId, Guid ownerId, OwnerRequest request, [AsParameters] PeopleServices services, CancellationToken cancellationToken)
    {
        var owner = await services.Db.Owners.FirstOrDefaultAsync(o => o.Id == ownerId && o.EstateId == estateId, cancellationToken);
        if (owner is null)
        {
            return ApiProblems.NotFound(OwnerText, ownerId);
        }
        var (phone, address) = (owner.Phone, owner.Address);
        owner.Correct(request.ToDetails(), await services.IdNumbers.ProtectAsync(request.IdNumber, cancellationToken));
        if (owner.Phone != phone)
        {
            await ContactChanges.RaiseAsync(services.Db, estateId, ownerId, ContactChanges.Phone, "Changed", null, services.Clock.GetUtcNow(), cancellationToken);
        }
        if (owner.Address != address)
        {
            await ContactChanges.RaiseAsync(services.Db, estateId, ownerId, ContactChanges.Address, "Changed", null, services.Clock.GetUtcNow(), cancellationToken);
        }
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(OwnerResponse.MaskedFrom(owner, []));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> LinkAccount(
        Guid estateId, Guid ownerId, AccountRequest request, [AsParameters] PeopleServices services, CancellationToken cancellationToken)
    {
        var owner = await services.Db.Owners.FirstOrDefaultAsync(o => o.Id == ownerId && o.EstateId == estateId, cancellationToken);
        if (owner is null)
        {
            return ApiProblems.NotFound(OwnerText, ownerId);
        }
        owner.LinkAccount(request.UserId.Trim());
        services.Db.AddIntegrationEvent(AccountLinks.Linked(estateId, owner.Id, isTenancy: false, owner.UserId!, services.Clock.GetUtcNow()));
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>Finds owners by the exact ID number through its keyed hash; the number itself is never queried.</summary>
    public static async Task<Results<Ok<IReadOnlyList<OwnerResponse>>, ProblemHttpResult>> LookupByIdNumber(
        Guid estateId, IdNumberLookupRequest request, [AsParameters] PeopleServices services, CancellationToken cancellationToken)
    {
        var hash = await services.IdNumbers.HashAsync(request.IdNumber, cancellationToken);
        var owners = await services.Db.Owners.AsNoTracking()
            .Where(o => o.EstateId == estateId && o.IdNumberHash == hash).ToListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<OwnerResponse>>([.. owners.Select(o => OwnerResponse.MaskedFrom(o, []))]);
    }
}
