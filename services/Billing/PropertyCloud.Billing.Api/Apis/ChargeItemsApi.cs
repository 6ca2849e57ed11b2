using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PropertyCloud.Billing.Api.Domain;
using PropertyCloud.Billing.Api.Extensions;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Billing.Api.Apis;

/// <summary>An estate's charge items (收费项目); a retired item stays on the bills it was charged on.</summary>
public static class ChargeItemsApi
{
    private static readonly LocalizedText ChargeItemText = new("收费项目", "charge item");

    public static RouteGroupBuilder MapChargeItemsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/billing/estates/{estateId:guid}/charge-items").WithTags("Charge items")
            .RequireAuthorization(BillingPolicies.ReadBilling);
        api.MapGet("/", ListChargeItems);
        api.MapGet("/{itemId:guid}", GetChargeItem);
        api.MapPost("/", DefineChargeItem).RequireAuthorization(BillingPolicies.WriteBilling).Validate<ChargeItemRequest>();
        api.MapPut("/{itemId:guid}", ReviseChargeItem).RequireAuthorization(BillingPolicies.WriteBilling).Validate<ChargeItemRequest>();
        api.MapDelete("/{itemId:guid}", RetireChargeItem).RequireAuthorization(BillingPolicies.WriteBilling);
        return api;
    }

    public static async Task<Results<Ok<IReadOnlyList<ChargeItemResponse>>, ProblemHttpResult>> ListChargeItems(
        Guid estateId, [AsParameters] BillingServices services, CancellationToken cancellationToken)
    {
        var items = await services.Db.ChargeItems.AsNoTracking().Where(i => i.EstateId == estateId)
            .OrderBy(i => i.Kind).ThenBy(i => i.Name).ToListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<ChargeItemResponse>>([.. items.Select(ChargeItemResponse.From)]);
    }

    public static async Task<Results<Ok<ChargeItemResponse>, ProblemHttpResult>> GetChargeItem(
        Guid estateId, Guid itemId, [AsParameters] BillingServices services, CancellationToken cancellationToken)
    {
        var item = await services.Db.ChargeItems.AsNoTracking().FirstOrDefaultAsync(i => i.Id == itemId && i.EstateId == estateId, cancellationToken);
        return item is null ? ApiProblems.NotFound(ChargeItemText, itemId) : TypedResults.Ok(ChargeItemResponse.From(item));
    }

    public static async Task<Results<Created<ChargeItemResponse>, ProblemHttpResult>> DefineChargeItem(
        Guid estateId, ChargeItemRequest request, [AsParameters] BillingServices services, CancellationToken cancellationToken)
    {
        await EnsureNameFree(services, estateId, request.Name, exceptId: null, cancellationToken);
        var item = ChargeItem.Define(estateId, request.Name, request.Kind, request.Rate, request.Tiers, services.Clock.GetUtcNow());
        services.Db.ChargeItems.Add(item);
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/billing/estates/{estateId}/charge-items/{item.Id}", ChargeItemResponse.From(item));
    }

    public static async Task<Results<Ok<ChargeItemResponse>, ProblemHttpResult>> ReviseChargeItem(
        Guid estateId, Guid itemId, ChargeItemRequest request, [AsParameters] BillingServices services, CancellationToken cancellationToken)
    {
        var item = await services.Db.ChargeItems.FirstOrDefaultAsync(i => i.Id == itemId && i.EstateId == estateId, cancellationToken);
        if (item is null)
        {
            return ApiProblems.NotFound(ChargeItemText, itemId);
        }
        if (item.Kind != request.Kind)
        {
            throw new DomainException("charge_item.kind_fixed",
                new("收费项目的类型不能修改，请新建项目", "A charge item's kind cannot change; define a new item"), "kind");
        }
        await EnsureNameFree(services, estateId, request.Name, itemId, cancellationToken);
        item.Revise(request.Name, request.Rate, request.Tiers);
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ChargeItemResponse.From(item));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> RetireChargeItem(
        Guid estateId, Guid itemId, [AsParameters] BillingServices services, CancellationToken cancellationToken)
    {
        var item = await services.Db.ChargeItems.FirstOrDefaultAsync(i => i.Id == itemId && i.EstateId == estateId, cancellationToken);
        if (item is null)
        {
            return ApiProblems.NotFound(ChargeItemText, itemId);
        }
        item.Retire();
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    internal static async Task<ChargeItem?> FindAsync(BillingServices services, Guid estateId, Guid itemId, CancellationToken cancellationToken) =>
        await services.Db.ChargeItems.AsNoTracking().FirstOrDefaultAsync(i => i.Id == itemId && i.EstateId == estateId, cancellationToken);

    internal static LocalizedText Text => ChargeItemText;

    private static async Task EnsureNameFree(BillingServices services, Guid estateId, string name, Guid? exceptId, CancellationToken cancellationToken)
    {
        if (await services.Db.ChargeItems.AnyAsync(i => i.EstateId == estateId && i.Name == name && i.Id != exceptId, cancellationToken))
        {
            throw new ConflictException("charge_item.name_taken", new($"收费项目“{name}”已存在", $"Charge item '{name}' already exists"), "name");
        }
    }
}
