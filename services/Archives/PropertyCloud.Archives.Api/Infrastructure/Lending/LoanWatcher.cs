using Microsoft.Extensions.Options;
using PropertyCloud.Archives.Api.Extensions;

namespace PropertyCloud.Archives.Api.Infrastructure.Lending;

/// <summary>Runs the loan reminders every <see cref="ArchivesOptions.LoanWatchInterval"/>.</summary>
internal sealed partial class LoanWatcher(IServiceScopeFactory scopes, TimeProvider clock, IOptions<ArchivesOptions> options, ILogger<LoanWatcher> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.LoanWatchInterval, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var reminders = scope.ServiceProvider.GetRequiredService<LoanReminders>();
                while (await reminders.RaiseOverdueAsync(clock.GetUtcNow(), stoppingToken) > 0)
                {
                    // a batch went out: there may be more
                }
                await reminders.GenerateMonthlyReportsAsync(clock.GetUtcNow(), stoppingToken);
            }
            catch (Exception failure) when (!stoppingToken.IsCancellationRequested)
            {
                LogFailed(failure);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(LogLevel.Warning, "Loan reminders failed; retrying at the next tick")]
    private partial void LogFailed(Exception failure);
}
