using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PropertyCloud.Billing.Api.Domain;
using PropertyCloud.Billing.Api.Extensions;
using PropertyCloud.Billing.Api.Payments;
using PropertyCloud.BuildingBlocks.Api;

namespace PropertyCloud.Billing.Api.Apis;

/// <summary>
/// Self-service for owners and tenants: the bills of the units they currently own or rent, paid online. Any other
/// unit answers 404, so nobody learns which units exist.
/// </summary>
public static class MyBillsApi
{
    public static RouteGroupBuilder MapMyBillsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/billing/me/estates/{estateId:guid}").WithTags("My bills")
            .RequireAuthorization(BillingPolicies.OwnBills);
        api.MapGet("/units", ListMyUnits);
        api.MapGet("/bills", ListMyBills);
        api.MapGet("/payments", ListMyPayments);
        api.MapPost("/units/{unitId:guid}/payments", PayOnline).Validate<OnlinePaymentRequest>();
        return api;
    }

    public static async Task<Results<Ok<IReadOnlyList<BillableUnitResponse>>, ProblemHttpResult>> ListMyUnits(
        Guid estateId, [AsParameters] BillingServices services, CancellationToken cancellationToken)
    {
        var mine = services.Db.UnitsOfAccount(estateId, services.User.Id ?? "");
        var units = await services.Db.Units.AsNoTracking().Where(u => mine.Contains(u.Id))
            .OrderBy(u => u.BuildingCode).ThenBy(u => u.Number).ToListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<BillableUnitResponse>>([.. units.Select(BillableUnitResponse.From)]);
    }

    public static async Task<Results<Ok<IReadOnlyList<BillResponse>>, ProblemHttpResult>> ListMyBills(
        Guid estateId, string? period, [AsParameters] BillingServices services, CancellationToken cancellationToken)
    {
        var mine = services.Db.UnitsOfAccount(estateId, services.User.Id ?? "");
        var query = services.Db.Bills.AsNoTracking().Where(b => b.EstateId == estateId && mine.Contains(b.UnitId));
        query = period is null ? query : query.Where(b => b.Period == period);
        var bills = await query.Include(b => b.Lines).OrderByDescending(b => b.Period).AsSplitQuery().ToListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<BillResponse>>([.. bills.Select(b => BillResponse.From(b))]);
    }

    public static async Task<Results<Ok<IReadOnlyList<PaymentResponse>>, ProblemHttpResult>> ListMyPayments(
        Guid estateId, [AsParameters] BillingServices services, CancellationToken cancellationToken)
    {
        var mine = services.Db.UnitsOfAccount(estateId, services.User.Id ?? "");
        var payments = await services.Db.Payments.AsNoTracking().Include(p => p.Allocations)
            .Where(p => p.EstateId == estateId && mine.Contains(p.UnitId)).OrderByDescending(p => p.ReceivedAt)
            .AsSplitQuery().ToListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<PaymentResponse>>([.. payments.Select(PaymentResponse.From)]);
    }

    /// <summary>Pays through the payment provider, with the same idempotency and allocation as the finance desk.</summary>
    public static async Task<Results<Created<PaymentResponse>, Ok<PaymentResponse>, ProblemHttpResult>> PayOnline(
        Guid estateId, Guid unitId, OnlinePaymentRequest request, IPaymentProvider provider, [AsParameters] BillingServices services,
        CancellationToken cancellationToken)
    {
        if (!await services.Db.UnitsOfAccount(estateId, services.User.Id ?? "").ContainsAsync(unitId, cancellationToken))
        {
            return ApiProblems.NotFound(UnitsApi.UnitText, unitId);
        }
        return await PaymentsApi.TakePayment(estateId, unitId, new PaymentRequest(request.IdempotencyKey, PaymentMethod.Online, request.Amount),
            provider, services, cancellationToken);
    }
}
