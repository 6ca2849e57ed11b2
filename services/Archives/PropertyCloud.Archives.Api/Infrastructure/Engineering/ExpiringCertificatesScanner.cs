using Microsoft.Extensions.Options;
using PropertyCloud.Archives.Api.Extensions;
using PropertyCloud.BuildingBlocks.EventBus;

namespace PropertyCloud.Archives.Api.Infrastructure.Engineering;

/// <summary>Every <see cref="ArchivesOptions.CertificateScanInterval"/>, raises the reminders of certificates nearing expiry.</summary>
internal sealed class ExpiringCertificatesScanner(
    IServiceScopeFactory scopeFactory, TimeProvider clock, IOptions<ArchivesOptions> options, ILogger<ExpiringCertificatesScanner> logger)
    : ClaimedBatchScanner<ArchivesDb>(scopeFactory, clock, logger)
{
    protected override TimeSpan Interval => options.Value.CertificateScanInterval;

    protected override int BatchSize => 100;

    protected override Task<int> ClaimBatchAsync(ArchivesDb db, DateTimeOffset now, CancellationToken cancellationToken) =>
        ExpiringCertificates.ClaimAsync(db, now, options.Value.CertificateReminderThresholds, BatchSize, cancellationToken);
}
