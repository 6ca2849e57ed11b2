using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.BuildingBlocks.EventBus;
using PropertyCloud.Residents.Api.Domain.People;
using PropertyCloud.Residents.Api.Extensions;
using PropertyCloud.Residents.Contracts;

namespace PropertyCloud.Residents.Api.Apis.People;

/// <summary>Who owns a unit (joint owners allowed), and the change of owner (业主变更).</summary>
public static class OwnershipsApi
{
    public static RouteGroupBuilder MapOwnershipsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/residents/estates/{estateId:guid}/units/{unitId:guid}/ownerships").WithTags("Ownerships")
            .RequireAuthorization(ResidentsPolicies.ReadPeople);
        api.MapGet("/", ListOwnerships);
        api.MapPost("/", AddJointOwner).RequireAuthorization(ResidentsPolicies.EditPeople).Validate<AddOwnershipRequest>();
        api.MapPost("/transfer", TransferOwnership).RequireAuthorization(ResidentsPolicies.EditPeople).Validate<TransferOwnershipRequest>();
        return api;
    }

    public static async Task<Results<Ok<IReadOnlyList<OwnershipResponse>>, ProblemHttpResult>> ListOwnerships(
        Guid estateId, Guid unitId, [AsParameters] PeopleServices services, CancellationToken cancellationToken)
    {
        var ownerships = await services.Db.Ownerships.AsNoTracking().Where(o => o.UnitId == unitId && o.EstateId == estateId)
            .OrderBy(o => o.StartedOn).ToListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<OwnershipResponse>>([.. ownerships.Select(OwnershipResponse.From)]);
    }

    public static async Task<Results<Created<OwnershipResponse>, ProblemHttpResult>> AddJointOwner(
        Guid estateId, Guid unitId, AddOwnershipRequest request, [AsParameters] PeopleServices services, CancellationToken cancellationToken)
    {
        var unit = await services.Db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == unitId && u.EstateId == estateId, cancellationToken);
        var owner = await services.Db.Owners.AsNoTracking().FirstOrDefaultAsync(o => o.Id == request.OwnerId && o.EstateId == estateId, cancellationToken);
        if (unit is null || owner is null)
        {
            return unit is null ? ApiProblems.NotFound(UnitsApi.UnitText, unitId) : ApiProblems.NotFound(OwnersApi.OwnerText, request.OwnerId);
        }
        if (await services.Db.Ownerships.AnyAsync(o => o.UnitId == unitId && o.OwnerId == owner.Id && o.EndedOn == null, cancellationToken))
        {
            throw new ConflictException("ownership.already_owner", new("该业主已是此房间的业主", "This owner already owns the unit"), "ownerId");
        }
        var ownership = Ownership.Start(unit, owner, request.StartedOn);
        services.Db.Ownerships.Add(ownership);
        services.Db.AddIntegrationEvent(new JointOwnerAdded
        {
            EventId = Guid.CreateVersion7(), OccurredAt = services.Clock.GetUtcNow(), EstateId = estateId, UnitId = unitId,
            OwnerId = owner.Id, OwnedSince = ownership.StartedOn,
        });
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/residents/estates/{estateId}/units/{unitId}/ownerships", OwnershipResponse.From(ownership));
    }

    public static async Task<Results<Ok<IReadOnlyList<OwnershipResponse>>, ProblemHttpResult>> TransferOwnership(
        Guid estateId, Guid unitId, TransferOwnershipRequest request, [AsParameters] PeopleServices services, CancellationToken cancellationToken)
    {
        var unit = await services.Db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == unitId && u.EstateId == estateId, cancellationToken);
        if (unit is null)
        {
            return ApiProblems.NotFound(UnitsApi.UnitText, unitId);
        }
        var newIds = request.NewOwnerIds.Distinct().ToList();
        var newOwners = await services.Db.Owners.AsNoTracking().Where(o => newIds.Contains(o.Id) && o.EstateId == estateId).ToListAsync(cancellationToken);
        if (newOwners.Count != newIds.Count)
        {
            return ApiProblems.NotFound(OwnersApi.OwnerText, string.Join(",", newIds.Except(newOwners.Select(o => o.Id))));
        }
        var current = await services.Db.Ownerships.Where(o => o.UnitId == unitId && o.EndedOn == null).ToListAsync(cancellationToken);
        var previousOwnerIds = current.Select(c => c.OwnerId).ToList();
        var opened = OwnershipTransfer.Transfer(unit, current, newOwners, request.TransferredOn);
        services.Db.Ownerships.AddRange(opened);
        services.Db.AddIntegrationEvent(new OwnershipTransferred
        {
            EventId = Guid.CreateVersion7(), OccurredAt = services.Clock.GetUtcNow(), EstateId = estateId, UnitId = unitId,
            PreviousOwnerIds = previousOwnerIds, NewOwnerIds = newIds, TransferredOn = request.TransferredOn,
        });
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<OwnershipResponse>>([.. current.Concat(opened).Select(OwnershipResponse.From)]);
    }
}
