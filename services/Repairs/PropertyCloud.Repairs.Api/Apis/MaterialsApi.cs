using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.Repairs.Api.Domain;
using PropertyCloud.Repairs.Api.Extensions;
using PropertyCloud.Repairs.Api.Infrastructure;

namespace PropertyCloud.Repairs.Api.Apis;

/// <summary>An estate's warehouse of materials (物资): register, stock in, stock out, and the stock value by month.</summary>
public static class MaterialsApi
{
    internal static readonly LocalizedText MaterialText = new("物资", "material");

    public static IEndpointRouteBuilder MapMaterialsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/repairs/estates/{estateId:guid}/materials").WithTags("Materials")
            .RequireAuthorization(RepairsPolicies.ReadStock);
        api.MapGet("", ListMaterials);
        api.MapGet("/report", StockValueReport);
        api.MapPost("", RegisterMaterial).RequireAuthorization(RepairsPolicies.ManageStock).Validate<RegisterMaterialRequest>();
        api.MapPost("/{materialId:guid}/stock-in", StockIn).RequireAuthorization(RepairsPolicies.ManageStock).Validate<StockInRequest>();
        api.MapPost("/{materialId:guid}/stock-out", StockOut).RequireAuthorization(RepairsPolicies.ManageStock).Validate<StockOutRequest>();
        api.MapPost("/{materialId:guid}/return", ReturnToStock).RequireAuthorization(RepairsPolicies.ManageStock).Validate<StockReturnRequest>();
        api.MapPost("/{materialId:guid}/stocktake", Stocktake).RequireAuthorization(RepairsPolicies.ManageStock).Validate<StocktakeRequest>();
        return app;
    }

    public static async Task<Results<Ok<IReadOnlyList<MaterialResponse>>, ProblemHttpResult>> ListMaterials(
        Guid estateId, bool? low, [AsParameters] RepairsServices services, CancellationToken cancellationToken)
    {
        var query = services.Db.Materials.AsNoTracking().Where(m => m.EstateId == estateId);
        query = low is null ? query : query.Where(m => (m.Quantity <= m.LowStockThreshold) == low);
        IReadOnlyList<MaterialResponse> items = [.. (await query.OrderBy(m => m.Code).ToListAsync(cancellationToken)).Select(MaterialResponse.From)];
        return TypedResults.Ok(items);
    }

    public static async Task<Results<Created<MaterialResponse>, ProblemHttpResult>> RegisterMaterial(
        Guid estateId, RegisterMaterialRequest request, [AsParameters] RepairsServices services, CancellationToken cancellationToken)
    {
        if (await services.Db.Materials.AnyAsync(m => m.EstateId == estateId && m.Code == request.Code, cancellationToken))
        {
            throw new ConflictException("stock.code_taken", new($"物资编码 {request.Code} 已存在", $"Material code {request.Code} already exists"), "code");
        }
        var material = Material.Register(estateId, request.Code, request.Name, request.UnitOfMeasure, request.LowStockThreshold);
        services.Db.Materials.Add(material);
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/repairs/estates/{estateId}/materials/{material.Id}", MaterialResponse.From(material));
    }

    public static Task<Results<Ok<MaterialResponse>, ProblemHttpResult>> StockIn(
        Guid estateId, Guid materialId, StockInRequest request, [AsParameters] RepairsServices services, CancellationToken cancellationToken) =>
        MoveAsync(estateId, materialId, services, (material, now) =>
            services.Db.StockMovements.Add(material.StockIn(request.Quantity, request.UnitPrice, services.UserName, now)), cancellationToken);

    public static Task<Results<Ok<MaterialResponse>, ProblemHttpResult>> StockOut(
        Guid estateId, Guid materialId, StockOutRequest request, [AsParameters] RepairsServices services, CancellationToken cancellationToken) =>
        MoveAsync(estateId, materialId, services, (material, now) =>
            Stockroom.TakeOut(services.Db, material, request.Quantity, request.RepairOrderId, request.Purpose, services.UserName, now), cancellationToken);

    public static async Task<Results<Ok<MaterialResponse>, ProblemHttpResult>> ReturnToStock(
        Guid estateId, Guid materialId, StockReturnRequest request, [AsParameters] RepairsServices services, CancellationToken cancellationToken)
    {
        var issued = await Stockroom.IssuedToAsync(services.Db, materialId, request.RepairOrderId, cancellationToken);
        return await MoveAsync(estateId, materialId, services, (material, now) =>
        {
            var (unitCost, returnable) = issued ?? (material.AverageCost, decimal.MaxValue);
            services.Db.StockMovements.Add(material.Return(request.Quantity, unitCost, returnable, request.RepairOrderId, request.Reason, services.UserName, now));
        }, cancellationToken);
    }

    public static Task<Results<Ok<MaterialResponse>, ProblemHttpResult>> Stocktake(
        Guid estateId, Guid materialId, StocktakeRequest request, [AsParameters] RepairsServices services, CancellationToken cancellationToken) =>
        MoveAsync(estateId, materialId, services, (material, now) =>
            Stockroom.RecordStocktake(services.Db, material, request.CountedQuantity, request.Note, services.UserName, now), cancellationToken);

    public static async Task<Results<Ok<StockReport>, ProblemHttpResult>> StockValueReport(
        Guid estateId, int? year, [AsParameters] RepairsServices services, CancellationToken cancellationToken)
    {
        var reportYear = StockBook.ReportableYear(year ?? EstateCalendar.Day(services.Clock.GetUtcNow()).Year);
        var yearEnd = StockBook.StartOfYear(reportYear + 1);
        var movements = await services.Db.StockMovements.AsNoTracking()
            .Where(m => m.EstateId == estateId && m.At < yearEnd)
            .Select(m => new StockBook.Line(m.At, m.Kind, m.Value)).ToListAsync(cancellationToken);
        return TypedResults.Ok(StockBook.Report(reportYear, movements));
    }

    private static async Task<Results<Ok<MaterialResponse>, ProblemHttpResult>> MoveAsync(
        Guid estateId, Guid materialId, RepairsServices services, Action<Material, DateTimeOffset> move, CancellationToken cancellationToken)
    {
        var material = await services.Db.Materials.FirstOrDefaultAsync(m => m.Id == materialId && m.EstateId == estateId, cancellationToken);
        if (material is null)
        {
            return ApiProblems.NotFound(MaterialText, materialId);
        }
        move(material, services.Clock.GetUtcNow());
        await services.Db.SaveOrConflictAsync(cancellationToken);
        return TypedResults.Ok(MaterialResponse.From(material));
    }
}
