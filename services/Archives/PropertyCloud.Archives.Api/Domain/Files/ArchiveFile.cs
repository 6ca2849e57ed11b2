using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Archives.Api.Domain.Files;

/// <summary>
/// A file (档案袋) that is not a unit's customer file: an engineering file (工程档案: drawings, handover records), an
/// equipment file (设备档案) or a staff file (员工档案), which belongs to one staff member who may never borrow or copy it.
/// </summary>
public sealed class ArchiveFile
{
    public Guid Id { get; private set; }
    public Guid EstateId { get; private set; }
    public ArchiveFileKind Kind { get; private set; }
    public string FileNumber { get; private set; } = "";
    public string Title { get; private set; } = "";

    /// <summary>The staff member (user id) a staff file is about; null for other kinds.</summary>
    public string? StaffId { get; private set; }
    public DateTimeOffset OpenedAt { get; private set; }
    public string OpenedBy { get; private set; } = "";

    private ArchiveFile() { }

    public static ArchiveFile Open(Guid estateId, ArchiveFileKind kind, string fileNumber, string title, string? staffId, string openedBy, DateTimeOffset now)
    {
        if (kind == ArchiveFileKind.Staff && string.IsNullOrWhiteSpace(staffId))
        {
            throw new DomainException("file.staff_id_required", new("员工档案须注明所属员工", "A staff file must name the staff member it belongs to"), "staffId");
        }
        if (kind != ArchiveFileKind.Staff && staffId is not null)
        {
            throw new DomainException("file.staff_id_only_for_staff_files",
                new("只有员工档案属于某位员工", "Only a staff file belongs to a staff member"), "staffId");
        }
        return new ArchiveFile
        {
            Id = Guid.CreateVersion7(),
            EstateId = estateId,
            Kind = kind,
            FileNumber = fileNumber.Trim(),
            Title = title.Trim(),
            StaffId = staffId?.Trim(),
            OpenedAt = now,
            OpenedBy = openedBy,
        };
    }
}
