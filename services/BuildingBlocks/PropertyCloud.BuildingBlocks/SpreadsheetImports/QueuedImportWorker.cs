using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace PropertyCloud.BuildingBlocks.SpreadsheetImports;

/// <summary>
/// Runs uploaded import jobs one after another: claims the next (the subclass's query uses FOR UPDATE SKIP LOCKED and
/// takes back a job whose instance stopped beating), runs it in a scope of its own, and waits a moment when none is
/// queued. A job that throws is logged and left for its heartbeat to go stale, so that a later round claims it again.
/// </summary>
public abstract class QueuedImportWorker(IServiceScopeFactory scopes, TimeProvider clock, ILogger logger) : BackgroundService
{
    /// <summary>How long to wait when no job is queued; five times this after a failure.</summary>
    protected abstract TimeSpan IdlePause { get; }

    /// <summary>Marks the next queued (or stale) job as claimed by this instance and returns its id, or null when there is none.</summary>
    protected abstract Task<Guid?> ClaimNextAsync(IServiceProvider services, DateTimeOffset now, CancellationToken cancellationToken);

    protected abstract Task RunAsync(IServiceProvider services, Guid jobId, CancellationToken cancellationToken);

    /// <summary>Waits <see cref="IdlePause"/>; a subclass may also wake on an upload.</summary>
    protected virtual Task WaitForUploadAsync(CancellationToken cancellationToken) => Task.Delay(IdlePause, cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!await RunNextAsync(stoppingToken))
                {
                    await WaitForUploadAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception failure)
            {
                logger.LogError(failure, "{Worker}: an import failed; its job is claimed again once its heartbeat is stale", GetType().Name);
                await Task.Delay(IdlePause * 5, clock, stoppingToken);
            }
        }
    }

    private async Task<bool> RunNextAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        if (await ClaimNextAsync(scope.ServiceProvider, clock.GetUtcNow(), cancellationToken) is not { } jobId)
        {
            return false;
        }
        await RunAsync(scope.ServiceProvider, jobId, cancellationToken);
        return true;
    }
}
