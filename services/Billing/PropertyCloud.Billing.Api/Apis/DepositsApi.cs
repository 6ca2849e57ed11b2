using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PropertyCloud.Billing.Api.Domain;
using PropertyCloud.Billing.Api.Domain.Ledger;
using PropertyCloud.Billing.Api.Extensions;
using PropertyCloud.Billing.Contracts;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.BuildingBlocks.EventBus;

namespace PropertyCloud.Billing.Api.Apis;

/// <summary>Deposits (押金): held as a liability and refunded, never income.</summary>
public static class DepositsApi
{
    private static readonly LocalizedText DepositText = new("押金", "deposit");

    public static RouteGroupBuilder MapDepositsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/billing/estates/{estateId:guid}").WithTags("Deposits")
            .RequireAuthorization(BillingPolicies.ReadBilling);
        api.MapGet("/deposits", ListDeposits);
        api.MapPost("/units/{unitId:guid}/deposits", HoldDeposit).RequireAuthorization(BillingPolicies.WriteBilling).Validate<DepositRequest>();
        api.MapPost("/deposits/{depositId:guid}/refund", RefundDeposit).RequireAuthorization(BillingPolicies.WriteBilling);
        return api;
    }

    public static async Task<Results<Ok<IReadOnlyList<DepositResponse>>, ProblemHttpResult>> ListDeposits(
        Guid estateId, Guid? unitId, [AsParameters] BillingServices services, CancellationToken cancellationToken)
    {
        var query = services.Db.Deposits.AsNoTracking().Where(d => d.EstateId == estateId);
        query = unitId is null ? query : query.Where(d => d.UnitId == unitId);
        var deposits = await query.OrderBy(d => d.HeldAt).Take(PageRequest.MaxPageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<DepositResponse>>([.. deposits.Select(DepositResponse.From)]);
    }

    public static async Task<Results<Created<DepositResponse>, ProblemHttpResult>> HoldDeposit(
        Guid estateId, Guid unitId, DepositRequest request, [AsParameters] BillingServices services, CancellationToken cancellationToken)
    {
        var unit = await UnitsApi.FindAsync(services, estateId, unitId, cancellationToken);
        if (unit is null)
        {
            return ApiProblems.NotFound(UnitsApi.UnitText, unitId);
        }
        var item = await ChargeItemsApi.FindAsync(services, estateId, request.ChargeItemId, cancellationToken);
        if (item is null)
        {
            return ApiProblems.NotFound(ChargeItemsApi.Text, request.ChargeItemId);
        }
        var deposit = Deposit.Hold(unit, item, request.Method, services.Clock.GetUtcNow());
        services.Db.Deposits.Add(deposit);
        services.Db.LedgerEntries.AddRange(Postings.ForDepositHeld(deposit));
        services.Db.AddIntegrationEvent(new DepositHeld
        {
            EventId = Guid.CreateVersion7(),
            OccurredAt = deposit.HeldAt,
            EstateId = deposit.EstateId,
            DepositId = deposit.Id,
            UnitId = deposit.UnitId,
            Name = deposit.Name,
            Amount = deposit.Amount,
        });
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/billing/estates/{estateId}/deposits/{deposit.Id}", DepositResponse.From(deposit));
    }

    public static async Task<Results<Ok<DepositResponse>, ProblemHttpResult>> RefundDeposit(
        Guid estateId, Guid depositId, [AsParameters] BillingServices services, CancellationToken cancellationToken)
    {
        var deposit = await services.Db.Deposits.FirstOrDefaultAsync(d => d.Id == depositId && d.EstateId == estateId, cancellationToken);
        if (deposit is null)
        {
            return ApiProblems.NotFound(DepositText, depositId);
        }
        var now = services.Clock.GetUtcNow();
        deposit.Refund(now);
        services.Db.LedgerEntries.AddRange(Postings.ForDepositRefunded(deposit, now));
        services.Db.AddIntegrationEvent(new DepositRefunded
        {
            EventId = Guid.CreateVersion7(),
            OccurredAt = now,
            EstateId = deposit.EstateId,
            DepositId = deposit.Id,
            UnitId = deposit.UnitId,
            Amount = deposit.Amount,
        });
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(DepositResponse.From(deposit));
    }
}
