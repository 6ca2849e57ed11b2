using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PropertyCloud.Billing.Api.Extensions;
using PropertyCloud.BuildingBlocks.Api;

namespace PropertyCloud.Billing.Api.Apis;

/// <summary>Each estate's own ledger; nothing here ever sums across estates.</summary>
public static class LedgerApi
{
    public static RouteGroupBuilder MapLedgerApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/billing/estates/{estateId:guid}/ledger").WithTags("Ledger")
            .RequireAuthorization(BillingPolicies.ReadBilling);
        api.MapGet("/trial-balance", GetTrialBalance);
        return api;
    }

    public static async Task<Results<Ok<TrialBalanceResponse>, ProblemHttpResult>> GetTrialBalance(
        Guid estateId, [AsParameters] BillingServices services, CancellationToken cancellationToken)
    {
        var sums = await services.Db.LedgerEntries.AsNoTracking().Where(e => e.EstateId == estateId)
            .GroupBy(e => e.Account)
            .Select(g => new { Account = g.Key, Debit = g.Sum(e => e.Debit), Credit = g.Sum(e => e.Credit) })
            .ToListAsync(cancellationToken);
        var accounts = sums.OrderBy(s => s.Account).Select(s => new AccountBalance(s.Account, s.Debit, s.Credit, s.Debit - s.Credit)).ToList();
        return TypedResults.Ok(new TrialBalanceResponse(estateId, accounts, accounts.Sum(a => a.Debit), accounts.Sum(a => a.Credit)));
    }
}
