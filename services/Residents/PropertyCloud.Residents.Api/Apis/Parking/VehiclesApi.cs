using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.BuildingBlocks.EventBus;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Residents.Api.Apis.People;
using PropertyCloud.Residents.Api.Domain.Parking;
using PropertyCloud.Residents.Api.Domain.People;
using PropertyCloud.Residents.Api.Extensions;
using PropertyCloud.Residents.Contracts;

namespace PropertyCloud.Residents.Api.Apis.Parking;

/// <summary>Vehicles of owners and tenants, plate numbers masked; registering one publishes <see cref="VehicleRegistered"/>.</summary>
public static class VehiclesApi
{
    internal static readonly LocalizedText VehicleText = new("车辆", "vehicle");
    internal const string PlateNumberField = "plateNumber";

    public static RouteGroupBuilder MapVehiclesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/residents/estates/{estateId:guid}/vehicles").WithTags("Vehicles")
            .RequireAuthorization(ResidentsPolicies.ReadPeople);
        api.MapGet("/", ListVehicles);
        api.MapPost("/", RegisterVehicle).RequireAuthorization(ResidentsPolicies.EditPeople).Validate<VehicleRequest>();
        api.MapPost("/{vehicleId:guid}/reveal", RevealPlateNumber)
            .RequireAuthorization(ResidentsPolicies.RevealPlateNumber).Validate<RevealPlateRequest>();
        return api;
    }

    public static async Task<Results<Ok<PagedResult<VehicleResponse>>, ProblemHttpResult>> ListVehicles(
        Guid estateId, Guid? unitId, [AsParameters] PeopleServices services, [AsParameters] PageRequest page, CancellationToken cancellationToken)
    {
        var query = services.Db.Vehicles.AsNoTracking().Where(v => v.EstateId == estateId);
        if (unitId is not null)
        {
            query = query.Where(v => v.UnitId == unitId);
        }
        var total = await query.LongCountAsync(cancellationToken);
        var items = await query.OrderBy(v => v.RegisteredAt).ThenBy(v => v.Id).Skip(page.Skip).Take(page.Size).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResult<VehicleResponse>([.. items.Select(v => VehicleResponse.From(v, masked: true))], page.Number, page.Size, total));
    }

    public static async Task<Results<Created<VehicleResponse>, ProblemHttpResult>> RegisterVehicle(
        Guid estateId, VehicleRequest request, [AsParameters] PeopleServices services, CancellationToken cancellationToken)
    {
        var unit = await services.Db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == request.UnitId && u.EstateId == estateId, cancellationToken);
        if (unit is null)
        {
            return ApiProblems.NotFound(UnitsApi.UnitText, request.UnitId);
        }
        var holds = request.HolderKind == VehicleHolderKind.Owner
            ? await services.Db.Ownerships.AnyAsync(o => o.UnitId == unit.Id && o.OwnerId == request.HolderId && o.EndedOn == null, cancellationToken)
            : await services.Db.Tenancies.AnyAsync(t => t.UnitId == unit.Id && t.Id == request.HolderId && t.EndedOn == null, cancellationToken);
        if (!holds)
        {
            throw new DomainException("vehicle.holder_not_of_unit",
                new("车主必须是该房间的现任业主或租户", "The holder must be a current owner or tenant of the unit"), "holderId");
        }
        var vehicle = Vehicle.Register(unit, request.HolderKind, request.HolderId, request.PlateNumber, request.Description ?? "", services.Clock.GetUtcNow());
        services.Db.Vehicles.Add(vehicle);
        services.Db.AddIntegrationEvent(new VehicleRegistered
        {
            EventId = Guid.CreateVersion7(), OccurredAt = vehicle.RegisteredAt, EstateId = estateId, UnitId = unit.Id, VehicleId = vehicle.Id,
            HolderKind = vehicle.HolderKind.ToString(), HolderId = vehicle.HolderId,
        });
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/residents/estates/{estateId}/vehicles/{vehicle.Id}", VehicleResponse.From(vehicle, masked: true));
    }

    /// <summary>Shows the plate number in full, recorded in the disclosure audit like any other personal data.</summary>
    public static async Task<Results<Ok<VehicleResponse>, ProblemHttpResult>> RevealPlateNumber(
        Guid estateId, Guid vehicleId, RevealPlateRequest request, [AsParameters] PeopleServices services, CancellationToken cancellationToken)
    {
        var vehicle = await services.Db.Vehicles.AsNoTracking().FirstOrDefaultAsync(v => v.Id == vehicleId && v.EstateId == estateId, cancellationToken);
        if (vehicle is null)
        {
            return ApiProblems.NotFound(VehicleText, vehicleId);
        }
        services.Db.Disclosures.Add(PersonalDataDisclosure.Record(estateId, services.User.Id ?? "", services.User.Name ?? "",
            string.Join(",", Roles.All.Where(services.User.IsInRole)), "vehicle", vehicle.Id, [PlateNumberField], request.Reason,
            services.Clock.GetUtcNow()));
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(VehicleResponse.From(vehicle, masked: false));
    }
}
