using Microsoft.Extensions.Options;
using PropertyCloud.Quality.Api.Figures;

namespace PropertyCloud.Quality.Api.Reports;

/// <summary>
/// Generates last month's reports once a month has ended, checking every <see cref="ReportOptions.CheckInterval"/>.
/// Safe with several instances running: <see cref="MonthlyReportGenerator"/> claims the work.
/// </summary>
internal sealed class MonthlyReportJob(IServiceScopeFactory scopes, TimeProvider clock, IOptions<ReportOptions> options, ILogger<MonthlyReportJob> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }
        using var timer = new PeriodicTimer(options.Value.CheckInterval, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var lastMonth = QualityCalendar.FirstOfMonth(QualityCalendar.Today(clock)).AddMonths(-1);
                var written = await scope.ServiceProvider.GetRequiredService<MonthlyReportGenerator>().GenerateAsync(lastMonth, regenerate: false, stoppingToken);
                if (written > 0)
                {
                    logger.LogInformation("Generated {Count} quality reports for {Month:yyyy-MM}", written, lastMonth);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "Generating the monthly quality reports failed; trying again at the next check");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
