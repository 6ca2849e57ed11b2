using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PropertyCloud.BuildingBlocks.EventBus;
using PropertyCloud.Partners.Api.Infrastructure;

namespace PropertyCloud.Partners.Api.Broker;

/// <summary>
/// Creates (or, after a password rotation, updates) the broker user of every AMQP partner whose account is still to
/// do, and closes the connections that user still has open from before. Registration only records the password hash in its own transaction, so a broker that is down then delays the
/// account; it never loses it.
/// </summary>
internal sealed class BrokerAccountProvisioner(
    IServiceScopeFactory scopeFactory, TimeProvider clock, IOptions<BrokerOptions> options, RabbitMqManagementClient broker,
    ILogger<BrokerAccountProvisioner> logger)
    : ClaimedBatchScanner<PartnersDb>(scopeFactory, clock, logger)
{
    protected override TimeSpan Interval => options.Value.ProvisionInterval;

    protected override int BatchSize => options.Value.BatchSize;

    protected override async Task<int> ClaimBatchAsync(PartnersDb db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var partners = await db.Partners.FromSql($"""
            SELECT * FROM partners
            WHERE broker_password_hash IS NOT NULL AND broker_account_provisioned_at IS NULL
            ORDER BY registered_at
            LIMIT {BatchSize}
            FOR UPDATE SKIP LOCKED
            """).ToListAsync(cancellationToken);
        foreach (var partner in partners)
        {
            await broker.ProvisionAsync(partner, cancellationToken);
            // Only now does the old password stop opening connections; the ones it already opened are closed here,
            // before the account counts as done, so a failure is retried at the next pass.
            await broker.CloseConnectionsAsync(partner.BrokerUser!, "broker password rotated", cancellationToken);
            partner.BrokerAccountProvisioned(now);
        }
        return partners.Count;
    }
}
