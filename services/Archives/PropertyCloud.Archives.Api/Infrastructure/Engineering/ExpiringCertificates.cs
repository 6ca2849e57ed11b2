using Microsoft.EntityFrameworkCore;
using PropertyCloud.Archives.Contracts;
using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.BuildingBlocks.EventBus;

namespace PropertyCloud.Archives.Api.Infrastructure.Engineering;

/// <summary>
/// Claims certificates that reached a reminder threshold (FOR UPDATE SKIP LOCKED, so replicas never take the same
/// row), marks the threshold reminded and adds one <see cref="CertificateExpiring"/> per certificate and threshold.
/// The caller owns the transaction.
/// </summary>
public static class ExpiringCertificates
{
    public static async Task<int> ClaimAsync(ArchivesDb db, DateTimeOffset now, IReadOnlyList<int> thresholds, int batchSize, CancellationToken cancellationToken)
    {
        var today = EstateCalendar.Day(now);
        var days = thresholds.ToArray();
        var certificates = await db.InspectionCertificates.FromSql($"""
            SELECT c.* FROM inspection_certificates c
            WHERE c.expires_on >= {today}
              AND EXISTS (SELECT 1 FROM unnest({days}) AS t(days)
                          WHERE c.expires_on - {today} <= t.days AND NOT (t.days = ANY (c.reminded_days)))
            ORDER BY c.expires_on
            LIMIT {batchSize}
            FOR UPDATE OF c SKIP LOCKED
            """).ToListAsync(cancellationToken);
        foreach (var certificate in certificates)
        {
            if (certificate.TakeDueReminder(today, thresholds) is not { } threshold)
            {
                continue;
            }
            db.AddIntegrationEvent(new CertificateExpiring
            {
                EventId = Guid.CreateVersion7(),
                OccurredAt = now,
                EstateId = certificate.EstateId,
                EquipmentId = certificate.EquipmentId,
                CertificateId = certificate.Id,
                CertificateNumber = certificate.CertificateNumber,
                ExpiresOn = certificate.ExpiresOn,
                DaysLeft = certificate.DaysLeft(today),
                ThresholdDays = threshold,
            });
        }
        return certificates.Count;
    }
}
