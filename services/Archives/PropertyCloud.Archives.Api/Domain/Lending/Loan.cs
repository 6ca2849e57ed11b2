using PropertyCloud.Archives.Api.Domain.Documents;
using PropertyCloud.Archives.Api.Domain.Rules;
using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Archives.Api.Domain.Lending;

/// <summary>
/// A loan (借阅) of one archive document: requested with a purpose and due time, approved at the document's
/// level (which registers it as out), returned and checked for completeness (which closes it).
/// </summary>
public sealed class Loan
{
    public Guid Id { get; private set; }
    public Guid EstateId { get; private set; }
    public Guid DocumentId { get; private set; }
    public ConfidentialityLevel Level { get; private set; }
    public string Purpose { get; private set; } = "";
    public DateTimeOffset DueAt { get; private set; }
    public string BorrowerId { get; private set; } = "";
    public string BorrowerName { get; private set; } = "";
    public DateTimeOffset RequestedAt { get; private set; }
    public LoanStatus Status { get; private set; }
    public string? ApprovedBy { get; private set; }
    public DateTimeOffset? ApprovedAt { get; private set; }
    public DateTimeOffset? ReturnedAt { get; private set; }
    public string? ReturnCheckedBy { get; private set; }
    public bool? ReturnedComplete { get; private set; }
    public string? ReturnNote { get; private set; }

    /// <summary>When the overdue reminder went out; it goes out once.</summary>
    public DateTimeOffset? OverdueNotifiedAt { get; private set; }

    private Loan() { }

    public static Loan Request(ArchiveDocument document, string borrowerId, string borrowerName, string purpose, DateTimeOffset dueAt, DateTimeOffset now)
    {
        if (dueAt <= now)
        {
            throw new DomainException("loan.due_in_past", new("归还时间须晚于当前时间", "The due time must be in the future"), "dueAt");
        }
        return new Loan
        {
            Id = Guid.CreateVersion7(),
            EstateId = document.EstateId,
            DocumentId = document.Id,
            Level = document.Level,
            Purpose = purpose.Trim(),
            DueAt = dueAt,
            BorrowerId = borrowerId,
            BorrowerName = borrowerName,
            RequestedAt = now,
            Status = LoanStatus.Requested,
        };
    }

    public void Approve(Approver approver, DateTimeOffset now)
    {
        LoanMustBeIn.Check(this, LoanStatus.Requested);
        NobodyApprovesTheirOwnLoan.Check(this, approver);
        LoanMustBeApprovedAtItsLevel.Check(this, approver);
        Status = LoanStatus.Approved;
        ApprovedBy = approver.Id;
        ApprovedAt = now;
    }

    /// <summary>The custodian checks what came back; anything missing must be written down, never dropped silently.</summary>
    public void CheckReturn(string checkedBy, bool complete, string? note, DateTimeOffset now)
    {
        LoanMustBeIn.Check(this, LoanStatus.Approved);
        if (!complete && string.IsNullOrWhiteSpace(note))
        {
            throw new DomainException("loan.missing_items_unrecorded",
                new("归还不完整时须记录缺失内容", "An incomplete return must record what is missing"), "note");
        }
        Status = LoanStatus.Returned;
        ReturnedAt = now;
        ReturnCheckedBy = checkedBy;
        ReturnedComplete = complete;
        ReturnNote = note?.Trim();
    }

    /// <summary>Marks the loan overdue if it is out past its due time and nobody was reminded yet.</summary>
    public bool MarkOverdue(DateTimeOffset now)
    {
        if (Status != LoanStatus.Approved || now <= DueAt || OverdueNotifiedAt is not null)
        {
            return false;
        }
        OverdueNotifiedAt = now;
        return true;
    }

    /// <summary>An approved loan not yet returned and not past due lets the borrower view the document.</summary>
    public bool GrantsAccess(string userId, DateTimeOffset now) =>
        Status == LoanStatus.Approved && BorrowerId == userId && now <= DueAt;
}
