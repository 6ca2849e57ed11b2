using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PropertyCloud.Partners.Api.Domain;
using PropertyCloud.Partners.Api.Infrastructure;

namespace PropertyCloud.Partners.Api.Feed;

/// <summary>
/// Sends due deliveries. Rows are claimed with <c>FOR UPDATE SKIP LOCKED</c> and held until their outcome is saved,
/// so any number of instances dispatch side by side and never send the same delivery at the same time.
/// </summary>
internal sealed class DeliveryDispatcher(
    IServiceScopeFactory scopeFactory,
    AmqpPublisher amqp,
    WebhookSender webhooks,
    IOptions<DeliveryOptions> options,
    TimeProvider clock,
    ILogger<DeliveryDispatcher> logger) : BackgroundService
{
    private readonly DeliveryOptions _options = options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await DeclarePartnerQueuesAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            var claimed = 0;
            try
            {
                claimed = await DispatchBatchAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Dispatching partner deliveries failed; retrying");
            }
            if (claimed < _options.BatchSize)
            {
                await Task.Delay(_options.PollInterval, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    /// <summary>
    /// Best effort at start: every AMQP partner's queue exists and is bound even before its first message (a seeded
    /// demo partner, a broker that lost its definitions). Sending declares them again anyway.
    /// </summary>
    private async Task DeclarePartnerQueuesAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopeFactory.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PartnersDb>();
            foreach (var partner in await db.Partners.AsNoTracking().Where(p => p.Amqp).ToListAsync(cancellationToken))
            {
                await amqp.DeclareQueueAsync(partner, cancellationToken);
            }
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(ex, "Declaring the partners' queues at start failed; each is declared before its next message");
        }
    }

    /// <summary>Claims one batch of due deliveries, sends them, saves the outcomes; returns how many were claimed.</summary>
    internal async Task<int> DispatchBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PartnersDb>();
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var due = await db.Deliveries
                .FromSql($"""
                    SELECT * FROM deliveries
                    WHERE status IN ('Pending', 'Retrying') AND next_attempt_at <= {clock.GetUtcNow()}
                    ORDER BY next_attempt_at
                    LIMIT {_options.BatchSize}
                    FOR UPDATE SKIP LOCKED
                    """)
                .ToListAsync(cancellationToken);
            if (due.Count == 0)
            {
                return 0;
            }

            var eventIds = due.Select(d => d.EventId).Distinct().ToList();
            var partnerIds = due.Select(d => d.PartnerId).Distinct().ToList();
            var events = await db.PublicEvents.Where(e => eventIds.Contains(e.EventId)).ToDictionaryAsync(e => e.EventId, cancellationToken);
            var partners = await db.Partners.Where(p => partnerIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);

            var webhookSends = due.Where(d => d.Channel == DeliveryChannel.Webhook)
                .Select(d => SendAsync(d, partners[d.PartnerId], events[d.EventId], cancellationToken));
            var amqpSends = SendInOrderAsync(due.Where(d => d.Channel == DeliveryChannel.Amqp), partners, events, cancellationToken);
            await Task.WhenAll([.. webhookSends, amqpSends]);

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return due.Count;
        });
    }

    /// <summary>One channel to the broker: AMQP sends go one after the other.</summary>
    private async Task SendInOrderAsync(IEnumerable<Delivery> deliveries, Dictionary<Guid, Partner> partners,
        Dictionary<Guid, PublicEvent> events, CancellationToken cancellationToken)
    {
        foreach (var delivery in deliveries)
        {
            await SendAsync(delivery, partners[delivery.PartnerId], events[delivery.EventId], cancellationToken);
        }
    }

    private async Task SendAsync(Delivery delivery, Partner partner, PublicEvent publicEvent, CancellationToken cancellationToken)
    {
        if (!partner.Receives(publicEvent.Type, publicEvent.EstateId))
        {
            delivery.Withdraw(clock.GetUtcNow());
            return;
        }
        try
        {
            var message = PartnerMessage.Encode(publicEvent, partner.PersonalDataGranted);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(_options.SendTimeout);
            if (delivery.Channel == DeliveryChannel.Webhook)
            {
                await webhooks.SendAsync(partner, publicEvent.EventId, message, timeout.Token);
            }
            else
            {
                await amqp.PublishAsync(partner, publicEvent, message, timeout.Token);
            }
            delivery.MarkDelivered(clock.GetUtcNow());
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            delivery.MarkFailed(ex.Message, clock.GetUtcNow(), _options.RetrySchedule);
            logger.LogInformation("Delivery {DeliveryId} of {EventType} to partner {Partner} by {Channel} failed (attempt {Attempt}, now {Status}): {Error}",
                delivery.Id, publicEvent.Type, partner.Code, delivery.Channel, delivery.Attempts, delivery.Status, ex.Message);
        }
    }
}
