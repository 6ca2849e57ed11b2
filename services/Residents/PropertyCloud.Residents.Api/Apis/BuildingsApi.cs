using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.Residents.Api.Domain;
using PropertyCloud.Residents.Api.Extensions;

namespace PropertyCloud.Residents.Api.Apis;

/// <summary>Buildings (楼栋) of an estate.</summary>
public static class BuildingsApi
{
    internal static readonly LocalizedText Building = new("楼栋", "building");

    public static RouteGroupBuilder MapBuildingsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/residents/estates/{estateId:guid}/buildings").WithTags("Buildings")
            .RequireAuthorization(ResidentsPolicies.ReadRegister);
        api.MapGet("/", ListBuildings);
        api.MapGet("/{buildingId:guid}", GetBuilding);
        api.MapPost("/", RegisterBuilding).RequireAuthorization(ResidentsPolicies.EditRegister).Validate<BuildingRequest>();
        api.MapPut("/{buildingId:guid}", UpdateBuilding).RequireAuthorization(ResidentsPolicies.EditRegister).Validate<BuildingRequest>();
        return api;
    }

    public static async Task<Results<Ok<PagedResult<BuildingResponse>>, ProblemHttpResult>> ListBuildings(
        Guid estateId, [AsParameters] ResidentsServices services, [AsParameters] PageRequest page, CancellationToken cancellationToken)
    {
        var query = services.Db.Buildings.AsNoTracking().Where(b => b.EstateId == estateId);
        var total = await query.LongCountAsync(cancellationToken);
        var items = await query.OrderBy(b => b.Code).Skip(page.Skip).Take(page.Size).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResult<BuildingResponse>([.. items.Select(BuildingResponse.From)], page.Number, page.Size, total));
    }

    public static async Task<Results<Ok<BuildingResponse>, ProblemHttpResult>> GetBuilding(
        Guid estateId, Guid buildingId, [AsParameters] ResidentsServices services, CancellationToken cancellationToken)
    {
        var building = await services.Db.Buildings.AsNoTracking()
            .FirstOrDefaultAsync(b => b.Id == buildingId && b.EstateId == estateId, cancellationToken);
        return building is null ? ApiProblems.NotFound(Building, buildingId) : TypedResults.Ok(BuildingResponse.From(building));
    }

    public static async Task<Results<Created<BuildingResponse>, ProblemHttpResult>> RegisterBuilding(
        Guid estateId, BuildingRequest request, [AsParameters] ResidentsServices services, CancellationToken cancellationToken)
    {
        if (!await services.Db.Estates.AnyAsync(e => e.Id == estateId, cancellationToken))
        {
            return ApiProblems.NotFound(EstatesApi.Estate, estateId);
        }
        await EnsureCodeFree(services, estateId, request.Code, exceptId: null, cancellationToken);
        var building = Domain.Building.Register(estateId, request.ToDetails());
        services.Db.Buildings.Add(building);
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/residents/estates/{estateId}/buildings/{building.Id}", BuildingResponse.From(building));
    }

    public static async Task<Results<Ok<BuildingResponse>, ProblemHttpResult>> UpdateBuilding(
        Guid estateId, Guid buildingId, BuildingRequest request, [AsParameters] ResidentsServices services, CancellationToken cancellationToken)
    {
        var building = await services.Db.Buildings.FirstOrDefaultAsync(b => b.Id == buildingId && b.EstateId == estateId, cancellationToken);
        if (building is null)
        {
            return ApiProblems.NotFound(Building, buildingId);
        }
        await EnsureCodeFree(services, estateId, request.Code, buildingId, cancellationToken);
        building.Update(request.ToDetails());
        await services.Db.SaveChangesAsync(cancellationToken);
        // Units carry the building code for search; a failure here is repaired by the next save of the building.
        await services.Db.Units.Where(u => u.BuildingId == buildingId && u.BuildingCode != building.Code)
            .ExecuteUpdateAsync(u => u.SetProperty(x => x.BuildingCode, building.Code), cancellationToken);
        return TypedResults.Ok(BuildingResponse.From(building));
    }

    private static async Task EnsureCodeFree(ResidentsServices services, Guid estateId, string code, Guid? exceptId, CancellationToken cancellationToken)
    {
        if (await services.Db.Buildings.AnyAsync(b => b.EstateId == estateId && b.Code == code && b.Id != exceptId, cancellationToken))
        {
            throw new ConflictException("building.code_taken", new($"楼栋编码 {code} 已存在", $"Building code {code} already exists"), "code");
        }
    }
}
