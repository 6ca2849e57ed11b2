using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Archives.Api.Domain.Custody;

/// <summary>
/// A custodian handover (档案移交): a set of files passes from one custodian to another. It is recorded with the
/// list of files and completes only when both the outgoing and the incoming custodian have confirmed it.
/// </summary>
public sealed class CustodyTransfer
{
    public Guid Id { get; private set; }
    public Guid EstateId { get; private set; }
    public string FromId { get; private set; } = "";
    public string FromName { get; private set; } = "";
    public string ToId { get; private set; } = "";
    public string ToName { get; private set; } = "";
    public List<Guid> FileIds { get; private set; } = [];
    public string? Note { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }
    public string RecordedBy { get; private set; } = "";
    public DateTimeOffset? FromConfirmedAt { get; private set; }
    public DateTimeOffset? ToConfirmedAt { get; private set; }

    public bool IsComplete => FromConfirmedAt is not null && ToConfirmedAt is not null;

    private CustodyTransfer() { }

    public static CustodyTransfer Record(Guid estateId, string fromId, string fromName, string toId, string toName, IReadOnlyCollection<Guid> fileIds,
        string? note, string recordedBy, DateTimeOffset now)
    {
        if (fromId == toId)
        {
            throw new DomainException("custody.same_person", new("移交人与接收人不能是同一人", "The outgoing and incoming custodian must be different people"), "toId");
        }
        if (fileIds.Count == 0)
        {
            throw new DomainException("custody.no_files", new("移交清单不能为空", "A handover lists at least one file"), "fileIds");
        }
        return new CustodyTransfer
        {
            Id = Guid.CreateVersion7(),
            EstateId = estateId,
            FromId = fromId,
            FromName = fromName.Trim(),
            ToId = toId,
            ToName = toName.Trim(),
            FileIds = [.. fileIds.Distinct()],
            Note = note?.Trim(),
            RecordedAt = now,
            RecordedBy = recordedBy,
        };
    }

    /// <summary>The outgoing or the incoming custodian signs the handover; nobody else can.</summary>
    public void Confirm(string userId, DateTimeOffset now)
    {
        if (userId == FromId && FromConfirmedAt is null)
        {
            FromConfirmedAt = now;
        }
        else if (userId == ToId && ToConfirmedAt is null)
        {
            ToConfirmedAt = now;
        }
        else if (userId == FromId || userId == ToId)
        {
            throw new DomainException("custody.already_confirmed", new("您已确认本次移交", "You have already confirmed this handover"));
        }
        else
        {
            throw new DomainException("custody.not_a_party", new("只有移交人和接收人可以确认移交", "Only the outgoing and the incoming custodian confirm a handover"));
        }
    }
}
