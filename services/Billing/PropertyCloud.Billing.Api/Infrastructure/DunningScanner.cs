using Microsoft.Extensions.Options;
using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.BuildingBlocks.EventBus;

namespace PropertyCloud.Billing.Api.Infrastructure;

/// <summary>
/// The scheduled dunning round: in every estate that configured a ladder, climbs each overdue bill to the rung it has
/// reached and records the notice, once per bill and rung, however many replicas run it (see <see cref="DunningRound"/>).
/// </summary>
internal sealed class DunningScanner(
    IServiceScopeFactory scopeFactory, TimeProvider clock, IOptions<DunningOptions> options, ILogger<DunningScanner> logger)
    : ClaimedBatchScanner<BillingDb>(scopeFactory, clock, logger)
{
    protected override TimeSpan Interval => options.Value.ScanInterval;

    protected override int BatchSize => options.Value.BatchSize;

    protected override async Task<int> ClaimBatchAsync(BillingDb db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var today = EstateCalendar.Day(now);
        var bills = await DunningRound.ClaimDueAsync(db, null, today, BatchSize, cancellationToken);
        await DunningRound.AdvanceAsync(db, bills, today, now, cancellationToken);
        return bills.Count;
    }
}
