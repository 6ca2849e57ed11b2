using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.BuildingBlocks.EventBus;
using PropertyCloud.Residents.Api.Domain;
using PropertyCloud.Residents.Api.Extensions;
using PropertyCloud.Residents.Contracts;

namespace PropertyCloud.Residents.Api.Apis;

/// <summary>Units (房间) of an estate; registering one publishes <see cref="UnitRegistered"/>.</summary>
public static class UnitsApi
{
    internal static readonly LocalizedText UnitText = new("房间", "unit");

    public static RouteGroupBuilder MapUnitsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/residents/estates/{estateId:guid}").WithTags("Units")
            .RequireAuthorization(ResidentsPolicies.ReadRegister);
        api.MapGet("/units", ListUnits);
        api.MapGet("/units/{unitId:guid}", GetUnit);
        api.MapPost("/buildings/{buildingId:guid}/units", RegisterUnit)
            .RequireAuthorization(ResidentsPolicies.EditRegister).Validate<UnitRequest>();
        api.MapPut("/units/{unitId:guid}", UpdateUnit)
            .RequireAuthorization(ResidentsPolicies.EditRegister).Validate<UnitRequest>();
        return api;
    }

    /// <summary>
    /// The estate's units in label order; <paramref name="q"/> finds them by what staff type ("5-1-501", "5栋 1单元",
    /// a room number, see <see cref="UnitQuery"/>), <paramref name="id"/> names the ones wanted (a page's worth at most).
    /// </summary>
    public static async Task<Results<Ok<PagedResult<UnitResponse>>, ProblemHttpResult>> ListUnits(
        Guid estateId, Guid? buildingId, string? q, Guid[]? id, [AsParameters] ResidentsServices services, [AsParameters] PageRequest page,
        CancellationToken cancellationToken)
    {
        UnitSearch.Check(q, id);
        var query = services.Db.Units.AsNoTracking().Where(u => u.EstateId == estateId);
        if (buildingId is not null)
        {
            query = query.Where(u => u.BuildingId == buildingId);
        }
        query = UnitSearch.Filter(query, q, id);
        var total = await query.LongCountAsync(cancellationToken);
        var items = await UnitSearch.InLabelOrder(query).Skip(page.Skip).Take(page.Size).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResult<UnitResponse>([.. items.Select(UnitResponse.From)], page.Number, page.Size, total));
    }

    public static async Task<Results<Ok<UnitResponse>, ProblemHttpResult>> GetUnit(
        Guid estateId, Guid unitId, [AsParameters] ResidentsServices services, CancellationToken cancellationToken)
    {
        var unit = await services.Db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == unitId && u.EstateId == estateId, cancellationToken);
        return unit is null ? ApiProblems.NotFound(UnitText, unitId) : TypedResults.Ok(UnitResponse.From(unit));
    }

    public static async Task<Results<Created<UnitResponse>, ProblemHttpResult>> RegisterUnit(
        Guid estateId, Guid buildingId, UnitRequest request, [AsParameters] ResidentsServices services, CancellationToken cancellationToken)
    {
        var building = await services.Db.Buildings.AsNoTracking()
            .FirstOrDefaultAsync(b => b.Id == buildingId && b.EstateId == estateId, cancellationToken);
        if (building is null)
        {
            return ApiProblems.NotFound(BuildingsApi.Building, buildingId);
        }
        await EnsureNumberFree(services, buildingId, request.Entrance, request.Number, exceptId: null, cancellationToken);

        var unit = Unit.RegisterByStaff(building, request.ToDetails(), services.Clock.GetUtcNow());
        services.Db.Units.Add(unit);
        services.Db.AddIntegrationEvent(Registered(unit, building));
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/residents/estates/{estateId}/units/{unit.Id}", UnitResponse.From(unit));
    }

    public static async Task<Results<Ok<UnitResponse>, ProblemHttpResult>> UpdateUnit(
        Guid estateId, Guid unitId, UnitRequest request, [AsParameters] ResidentsServices services, CancellationToken cancellationToken)
    {
        var unit = await services.Db.Units.FirstOrDefaultAsync(u => u.Id == unitId && u.EstateId == estateId, cancellationToken);
        if (unit is null)
        {
            return ApiProblems.NotFound(UnitText, unitId);
        }
        var building = await services.Db.Buildings.AsNoTracking().FirstAsync(b => b.Id == unit.BuildingId, cancellationToken);
        await EnsureNumberFree(services, unit.BuildingId, request.Entrance, request.Number, unitId, cancellationToken);
        var previousUsage = unit.Usage;
        unit.UpdateByStaff(building, request.ToDetails());
        if (unit.Usage != previousUsage)
        {
            services.Db.AddIntegrationEvent(UsageChanged(unit, previousUsage, "staff", services.Clock.GetUtcNow()));
        }
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(UnitResponse.From(unit));
    }

    internal static UnitRegistered Registered(Unit unit, Building building) => new()
    {
        EventId = Guid.CreateVersion7(),
        OccurredAt = unit.RegisteredAt,
        EstateId = unit.EstateId,
        UnitId = unit.Id,
        BuildingId = unit.BuildingId,
        BuildingCode = building.Code,
        Entrance = unit.Entrance,
        Floor = unit.Floor,
        Number = unit.Number,
        BuildingArea = unit.BuildingArea,
        UsableArea = unit.UsableArea,
    };

    internal static UnitUsageChanged UsageChanged(Unit unit, UnitUsage previous, string changedBy, DateTimeOffset now) => new()
    {
        EventId = Guid.CreateVersion7(),
        OccurredAt = now,
        EstateId = unit.EstateId,
        UnitId = unit.Id,
        PreviousUsage = previous.ToString(),
        Usage = unit.Usage.ToString(),
        ChangedBy = changedBy,
    };

    private static async Task EnsureNumberFree(
        ResidentsServices services, Guid buildingId, string entrance, string number, Guid? exceptId, CancellationToken cancellationToken)
    {
        if (await services.Db.Units.AnyAsync(
                u => u.BuildingId == buildingId && u.Entrance == entrance && u.Number == number && u.Id != exceptId, cancellationToken))
        {
            throw new ConflictException("unit.number_taken",
                new($"{entrance}单元 {number} 已存在", $"Unit {number} in entrance {entrance} already exists"), "number");
        }
    }
}
