using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.Residents.Api.Apis.People;
using PropertyCloud.Residents.Api.Domain.Parking;
using PropertyCloud.Residents.Api.Extensions;

namespace PropertyCloud.Residents.Api.Apis.Parking;

/// <summary>Parking permits (停车证): a vehicle may use a space its unit rents or bought, for a period.</summary>
public static class ParkingPermitsApi
{
    private static readonly LocalizedText PermitText = new("停车证", "parking permit");

    public static RouteGroupBuilder MapParkingPermitsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/residents/estates/{estateId:guid}/parking-permits").WithTags("Parking permits")
            .RequireAuthorization(ResidentsPolicies.ReadPeople);
        api.MapGet("/", ListPermits);
        api.MapPost("/", IssuePermit).RequireAuthorization(ResidentsPolicies.EditPeople).Validate<ParkingPermitRequest>();
        api.MapPost("/{permitId:guid}/revoke", RevokePermit).RequireAuthorization(ResidentsPolicies.EditPeople);
        return api;
    }

    public static async Task<Results<Ok<PagedResult<ParkingPermitResponse>>, ProblemHttpResult>> ListPermits(
        Guid estateId, Guid? vehicleId, [AsParameters] PeopleServices services, [AsParameters] PageRequest page, CancellationToken cancellationToken)
    {
        var query = services.Db.ParkingPermits.AsNoTracking().Where(p => p.EstateId == estateId);
        if (vehicleId is not null)
        {
            query = query.Where(p => p.VehicleId == vehicleId);
        }
        var total = await query.LongCountAsync(cancellationToken);
        var items = await query.OrderByDescending(p => p.ValidFrom).ThenBy(p => p.Id).Skip(page.Skip).Take(page.Size).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResult<ParkingPermitResponse>([.. items.Select(ParkingPermitResponse.From)], page.Number, page.Size, total));
    }

    public static async Task<Results<Created<ParkingPermitResponse>, ProblemHttpResult>> IssuePermit(
        Guid estateId, ParkingPermitRequest request, [AsParameters] PeopleServices services, CancellationToken cancellationToken)
    {
        var vehicle = await services.Db.Vehicles.AsNoTracking().FirstOrDefaultAsync(v => v.Id == request.VehicleId && v.EstateId == estateId, cancellationToken);
        if (vehicle is null)
        {
            return ApiProblems.NotFound(VehiclesApi.VehicleText, request.VehicleId);
        }
        var space = await services.Db.ParkingSpaces.AsNoTracking()
            .FirstOrDefaultAsync(s => s.Id == request.ParkingSpaceId && s.EstateId == estateId, cancellationToken);
        if (space is null)
        {
            return ApiProblems.NotFound(ParkingSpacesApi.SpaceText, request.ParkingSpaceId);
        }
        var holding = await services.Db.ParkingSpaceAssignments.AsNoTracking()
            .FirstOrDefaultAsync(a => a.ParkingSpaceId == space.Id && a.ReleasedOn == null, cancellationToken);
        var permit = ParkingPermit.Issue(vehicle, space, holding, request.ValidFrom, request.ValidUntil);
        services.Db.ParkingPermits.Add(permit);
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/residents/estates/{estateId}/parking-permits/{permit.Id}", ParkingPermitResponse.From(permit));
    }

    public static async Task<Results<Ok<ParkingPermitResponse>, ProblemHttpResult>> RevokePermit(
        Guid estateId, Guid permitId, RevokePermitRequest request, [AsParameters] PeopleServices services, CancellationToken cancellationToken)
    {
        var permit = await services.Db.ParkingPermits.FirstOrDefaultAsync(p => p.Id == permitId && p.EstateId == estateId, cancellationToken);
        if (permit is null)
        {
            return ApiProblems.NotFound(PermitText, permitId);
        }
        permit.Revoke(request.RevokedOn);
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ParkingPermitResponse.From(permit));
    }
}
