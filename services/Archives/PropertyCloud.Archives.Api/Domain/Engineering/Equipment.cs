using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Archives.Api.Domain.Engineering;

/// <summary>
/// A piece of equipment's file (设备档案): what and where it is, its maintenance log and its inspection certificates.
/// Scans (manuals, certificates, acceptance records) are documents in its <see cref="FileId"/> equipment file.
/// </summary>
public sealed class Equipment
{
    private readonly List<InspectionCertificate> _certificates = [];

    public Guid Id { get; private set; }
    public Guid EstateId { get; private set; }
    public Guid FileId { get; private set; }

    /// <summary>The estate's own equipment code, e.g. "DT-3-01" for lift 1 of building 3.</summary>
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string Location { get; private set; } = "";
    public DateOnly? InstalledOn { get; private set; }
    public DateTimeOffset RegisteredAt { get; private set; }
    public List<MaintenanceLogEntry> MaintenanceLog { get; private set; } = [];
    public IReadOnlyList<InspectionCertificate> Certificates => _certificates;

    private Equipment() { }

    public static Equipment Register(Guid estateId, Guid fileId, string code, string name, string location, DateOnly? installedOn, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        EstateId = estateId,
        FileId = fileId,
        Code = code.Trim(),
        Name = name.Trim(),
        Location = location.Trim(),
        InstalledOn = installedOn,
        RegisteredAt = now,
    };

    public MaintenanceLogEntry LogMaintenance(DateOnly performedOn, string work, string performedBy, string recordedBy, DateTimeOffset now)
    {
        if (performedOn > EstateCalendar.Day(now))
        {
            throw new DomainException("maintenance.in_future", new("保养日期不能晚于今天", "Maintenance cannot be logged for a future day"), "performedOn");
        }
        var entry = new MaintenanceLogEntry(performedOn, work.Trim(), performedBy.Trim(), recordedBy, now);
        MaintenanceLog = [.. MaintenanceLog, entry];
        return entry;
    }

    public InspectionCertificate RecordCertificate(string number, string issuer, DateOnly issuedOn, DateOnly expiresOn, string recordedBy, DateTimeOffset now)
    {
        var certificate = InspectionCertificate.Record(EstateId, Id, number, issuer, issuedOn, expiresOn, recordedBy, now);
        _certificates.Add(certificate);
        return certificate;
    }
}
