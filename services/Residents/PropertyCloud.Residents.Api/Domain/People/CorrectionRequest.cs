using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Residents.Api.Domain.People;

/// <summary>
/// An owner's request to correct their record (修改权), decided by the front desk or the estate manager. Approving applies
/// the value; the request stays as the record of who changed what and why.
/// </summary>
public sealed class CorrectionRequest
{
    public Guid Id { get; private set; }
    public Guid EstateId { get; private set; }
    public Guid OwnerId { get; private set; }
    public CorrectableField Field { get; private set; }

    /// <summary>The value asked for; an ID number is held encrypted like the owner's own.</summary>
    public string RequestedValue { get; private set; } = "";

    /// <summary>What staff see before deciding: ID numbers and addresses masked like elsewhere.</summary>
    public string RequestedValueMasked { get; private set; } = "";
    public string Reason { get; private set; } = "";
    public DateTimeOffset RequestedAt { get; private set; }
    public CorrectionStatus Status { get; private set; }
    public string? DecidedBy { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public string? DecisionNote { get; private set; }

    private CorrectionRequest() { }

    /// <summary><paramref name="pendingForField"/>: the owner already has an undecided request for this field.</summary>
    public static CorrectionRequest File(
        Owner owner, CorrectableField field, string requestedValue, string maskedValue, string reason, DateTimeOffset now, bool pendingForField)
    {
        if (pendingForField)
        {
            throw new ConflictException("correction.already_pending",
                new("该字段已有待处理的更正申请", "A correction of this field is already awaiting a decision"), "field");
        }
        return new CorrectionRequest
        {
            Id = Guid.CreateVersion7(), EstateId = owner.EstateId, OwnerId = owner.Id, Field = field, RequestedValue = requestedValue,
            RequestedValueMasked = maskedValue, Reason = reason.Trim(), RequestedAt = now, Status = CorrectionStatus.Pending,
        };
    }

    public void Approve(string staffName, string? note, DateTimeOffset now) => Decide(CorrectionStatus.Approved, staffName, note, now);

    public void Reject(string staffName, string? note, DateTimeOffset now) => Decide(CorrectionStatus.Rejected, staffName, note, now);

    private void Decide(CorrectionStatus status, string staffName, string? note, DateTimeOffset now)
    {
        if (Status != CorrectionStatus.Pending)
        {
            throw new ConflictException("correction.already_decided", new("该更正申请已处理", "This correction request has already been decided"));
        }
        Status = status;
        DecidedBy = staffName;
        DecidedAt = now;
        DecisionNote = note?.Trim();
    }
}
