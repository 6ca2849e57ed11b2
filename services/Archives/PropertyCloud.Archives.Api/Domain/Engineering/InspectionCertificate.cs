using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Archives.Api.Domain.Engineering;

/// <summary>
/// An inspection certificate (检验合格证) of a piece of equipment — lifts, boilers, pressure vessels, fire systems —
/// valid until <see cref="ExpiresOn"/>. Reminders go out once per threshold (e.g. 30 and 7 days before) while it is valid.
/// </summary>
public sealed class InspectionCertificate
{
    public Guid Id { get; private set; }
    public Guid EstateId { get; private set; }
    public Guid EquipmentId { get; private set; }
    public string CertificateNumber { get; private set; } = "";
    public string Issuer { get; private set; } = "";
    public DateOnly IssuedOn { get; private set; }
    public DateOnly ExpiresOn { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }
    public string RecordedBy { get; private set; } = "";

    /// <summary>The thresholds (days before expiry) whose reminder has gone out.</summary>
    public List<int> RemindedDays { get; private set; } = [];

    private InspectionCertificate() { }

    internal static InspectionCertificate Record(Guid estateId, Guid equipmentId, string number, string issuer, DateOnly issuedOn, DateOnly expiresOn,
        string recordedBy, DateTimeOffset now)
    {
        if (expiresOn <= issuedOn)
        {
            throw new DomainException("certificate.expires_before_issue",
                new("有效期截止日须晚于发证日期", "The expiry date must be after the issue date"), "expiresOn");
        }
        return new InspectionCertificate
        {
            Id = Guid.CreateVersion7(),
            EstateId = estateId,
            EquipmentId = equipmentId,
            CertificateNumber = number.Trim(),
            Issuer = issuer.Trim(),
            IssuedOn = issuedOn,
            ExpiresOn = expiresOn,
            RecordedAt = now,
            RecordedBy = recordedBy,
        };
    }

    public int DaysLeft(DateOnly today) => ExpiresOn.DayNumber - today.DayNumber;

    /// <summary>
    /// The reminder due today, if any: the nearest threshold reached and not yet reminded. Every threshold reached is
    /// marked, so a certificate recorded five days before expiry gets one 7-day reminder, not a 30-day one as well.
    /// </summary>
    public int? TakeDueReminder(DateOnly today, IReadOnlyCollection<int> thresholds)
    {
        var daysLeft = DaysLeft(today);
        if (daysLeft < 0)
        {
            return null;
        }
        var reached = thresholds.Where(t => daysLeft <= t && !RemindedDays.Contains(t)).ToList();
        if (reached.Count == 0)
        {
            return null;
        }
        RemindedDays = [.. RemindedDays.Concat(reached).Distinct().Order()];
        return reached.Min();
    }
}
