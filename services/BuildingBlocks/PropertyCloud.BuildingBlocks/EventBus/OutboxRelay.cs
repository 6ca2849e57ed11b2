using System.Diagnostics;
using System.Text.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace PropertyCloud.BuildingBlocks.EventBus;

/// <summary>
/// Publishes committed outbox rows to the bus with publisher confirms and marks them sent.
/// Rows are claimed with <c>FOR UPDATE SKIP LOCKED</c>, so any number of instances can relay side by side
/// without sending a row twice at the same time; a row whose publish fails is retried with back-off.
/// </summary>
internal sealed class OutboxRelay<TDbContext>(
    IServiceScopeFactory scopeFactory,
    IBus bus,
    IntegrationEventTypes eventTypes,
    OutboxSignal signal,
    IOptions<OutboxOptions> options,
    TimeProvider timeProvider,
    ILogger<OutboxRelay<TDbContext>> logger) : BackgroundService where TDbContext : DbContext
{
    private static readonly ActivitySource Activity = new("PropertyCloud.Outbox");
    private readonly OutboxOptions _options = options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.RelayEnabled)
        {
            logger.LogWarning("Outbox relay for {DbContext} is disabled by configuration", typeof(TDbContext).Name);
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var claimed = 0;
            try
            {
                claimed = await RelayBatchAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Outbox relay for {DbContext} failed; retrying", typeof(TDbContext).Name);
            }

            if (claimed < _options.BatchSize)
            {
                await signal.WaitAsync(_options.PollInterval, stoppingToken);
            }
        }
    }

    /// <summary>Claims one batch of due rows, publishes them, records the outcome; returns how many were claimed.</summary>
    internal async Task<int> RelayBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var due = await OutboxBatch.ClaimAsync(db, timeProvider.GetUtcNow(), _options.BatchSize, cancellationToken);
            if (due.Count == 0)
            {
                return 0;
            }

            using var activity = Activity.StartActivity("outbox relay");
            activity?.SetTag("outbox.batch_size", due.Count);
            var errors = await PublishAllAsync(due, cancellationToken);
            var now = timeProvider.GetUtcNow();
            var sent = new List<Guid>(due.Count);
            var failed = new List<OutboxMessage>();
            for (var i = 0; i < due.Count; i++)
            {
                if (errors[i] is { } error)
                {
                    due[i].MarkFailed(error, now, _options.MaxBackoff);
                    failed.Add(due[i]);
                }
                else
                {
                    sent.Add(due[i].EventId);
                }
            }
            await OutboxBatch.RecordAsync(db, sent, failed, now, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return due.Count;
        });
    }

    /// <summary>
    /// Publishes the batch in its order, all in flight at once, and waits for every confirm (or
    /// <see cref="OutboxOptions.PublishTimeout"/>); returns each row's error, null for the published ones.
    /// </summary>
    private async Task<string?[]> PublishAllAsync(List<OutboxMessage> due, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.PublishTimeout);
        var publishes = new Task<string?>[due.Count];
        for (var i = 0; i < due.Count; i++)
        {
            publishes[i] = PublishAsync(due[i], timeout.Token, cancellationToken);
        }
        return await Task.WhenAll(publishes);
    }

    private async Task<string?> PublishAsync(OutboxMessage message, CancellationToken timeout, CancellationToken cancellationToken)
    {
        try
        {
            var type = eventTypes.Find(message.EventType)
                ?? throw new InvalidOperationException($"Unknown integration event type '{message.EventType}'.");
            var payload = JsonSerializer.Deserialize(message.Payload, type, EventJson.Options)!;
            await bus.Publish(payload, type, context => context.MessageId = message.EventId, timeout);
            return null;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Publishing {EventType} {EventId} failed (attempt {Attempt}): {Error}",
                message.EventType, message.EventId, message.Attempts + 1, ex.Message);
            return ex.Message;
        }
    }
}
