using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.BuildingBlocks.EventBus;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Residents.Api.Domain.Parking;
using PropertyCloud.Residents.Api.Domain.People;
using PropertyCloud.Residents.Api.Extensions;
using PropertyCloud.Residents.Contracts;

namespace PropertyCloud.Residents.Api.Apis.People;

/// <summary>
/// Owner and tenant self-service: the caller is matched to owner and tenancy records by the token subject,
/// which staff linked with PUT .../account.
/// </summary>
public static class SelfServiceApi
{
    private static readonly LocalizedText NotYourUnit = new("您不是该房间的业主", "You do not own this unit");
    internal static readonly LocalizedText NotYourRecord = new("这不是您本人的业主档案", "This is not your own owner record");

    public static RouteGroupBuilder MapSelfServiceApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/residents/estates/{estateId:guid}/me").WithTags("Self-service")
            .RequireAuthorization(ResidentsPolicies.SelfService);
        api.MapGet("/", GetMyRecord);
        api.MapPut("/units/{unitId:guid}/usage", DeclareUsage).Validate<UsageRequest>();
        api.MapPost("/owners/{ownerId:guid}/members", AddMyMember).Validate<MemberRequest>();
        return api;
    }

    public static async Task<Results<Ok<MyRecordResponse>, ProblemHttpResult>> GetMyRecord(
        Guid estateId, [AsParameters] PeopleServices services, CancellationToken cancellationToken)
    {
        var userId = services.User.Id;
        if (userId is null)
        {
            return ApiProblems.EstateForbidden();
        }
        var asOwner = new List<OwnerResponse>();
        var holdings = new List<MyHoldings>();
        if (services.User.IsInRole(Roles.Owner))
        {
            var owners = await services.Db.Owners.AsNoTracking().Where(o => o.EstateId == estateId && o.UserId == userId).ToListAsync(cancellationToken);
            foreach (var owner in owners)
            {
                var file = await OwnerFile.LoadAsync(services.Db, owner, masked: false, cancellationToken);
                asOwner.Add(OwnerResponse.Unmasked(owner, services.IdNumbers.Reveal(owner.IdNumberCipher), file.Units, file.Members, file.Contacts));
                holdings.Add(await MyHoldings.LoadAsync(services.Db, owner, cancellationToken));
            }
        }
        var asTenant = new List<MyTenancyResponse>();
        if (services.User.IsInRole(Roles.Tenant))
        {
            var leases = await services.Db.Tenancies.AsNoTracking()
                .Where(t => t.EstateId == estateId && t.UserId == userId && t.EndedOn == null).ToListAsync(cancellationToken);
            foreach (var lease in leases)
            {
                var unit = await services.Db.Units.AsNoTracking().FirstAsync(u => u.Id == lease.UnitId, cancellationToken);
                var landlords = await services.Db.Ownerships.AsNoTracking().Where(o => o.UnitId == lease.UnitId && o.EndedOn == null)
                    .Join(services.Db.Owners, o => o.OwnerId, owner => owner.Id, (_, owner) => owner.Name).ToListAsync(cancellationToken);
                var vehicles = await services.Db.Vehicles.AsNoTracking()
                    .Where(v => v.HolderKind == VehicleHolderKind.Tenant && v.HolderId == lease.Id).ToListAsync(cancellationToken);
                asTenant.Add(new MyTenancyResponse(TenancyResponse.From(lease, masked: false), UnitResponse.From(unit), landlords,
                    [.. vehicles.Select(v => Parking.VehicleResponse.From(v, masked: false))]));
            }
        }
        return TypedResults.Ok(new MyRecordResponse(asOwner, asTenant, holdings));
    }

    /// <summary>篇2: an owner keeps their own household members; the owner record must be linked to the caller.</summary>
    public static async Task<Results<Created<MemberResponse>, ProblemHttpResult>> AddMyMember(
        Guid estateId, Guid ownerId, MemberRequest request, [AsParameters] PeopleServices services, CancellationToken cancellationToken)
    {
        var userId = services.User.Id;
        if (userId is null || !services.User.IsInRole(Roles.Owner))
        {
            return ApiProblems.EstateForbidden();
        }
        var owner = await services.Db.Owners.AsNoTracking()
            .FirstOrDefaultAsync(o => o.Id == ownerId && o.EstateId == estateId && o.UserId == userId, cancellationToken);
        if (owner is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: NotYourRecord.ToString());
        }
        var member = HouseholdMember.Add(owner, request.Name, request.Relationship, request.Gender, request.Phone ?? "", services.Clock.GetUtcNow());
        services.Db.HouseholdMembers.Add(member);
        services.Db.AddIntegrationEvent(new HouseholdMemberAdded
        {
            EventId = Guid.CreateVersion7(), OccurredAt = member.AddedAt, EstateId = estateId, OwnerId = owner.Id, MemberId = member.Id,
        });
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/residents/estates/{estateId}/me", MemberResponse.From(member, masked: false));
    }

    /// <summary>篇2: the owner (and only the owner) may declare their unit rented out.</summary>
    public static async Task<Results<Ok<UnitResponse>, ProblemHttpResult>> DeclareUsage(
        Guid estateId, Guid unitId, UsageRequest request, [AsParameters] PeopleServices services, CancellationToken cancellationToken)
    {
        var userId = services.User.Id;
        if (userId is null || !services.User.IsInRole(Roles.Owner))
        {
            return ApiProblems.EstateForbidden();
        }
        var ownsIt = await services.Db.Ownerships.AnyAsync(o => o.UnitId == unitId && o.EstateId == estateId && o.EndedOn == null
            && services.Db.Owners.Any(owner => owner.Id == o.OwnerId && owner.UserId == userId), cancellationToken);
        var unit = ownsIt ? await services.Db.Units.FirstOrDefaultAsync(u => u.Id == unitId, cancellationToken) : null;
        if (unit is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: NotYourUnit.ToString());
        }
        var previous = unit.ChangeUsageByOwner(request.Usage);
        if (previous != unit.Usage)
        {
            services.Db.AddIntegrationEvent(UnitsApi.UsageChanged(unit, previous, "owner", services.Clock.GetUtcNow()));
            await services.Db.SaveChangesAsync(cancellationToken);
        }
        return TypedResults.Ok(UnitResponse.From(unit));
    }
}
