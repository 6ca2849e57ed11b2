using PropertyCloud.Archives.Api.Domain.Documents;
using PropertyCloud.Archives.Api.Domain.Rules;
using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Archives.Api.Domain.Lending;

/// <summary>
/// A loan (借阅) or copying request (复印) of one archive document: requested with a purpose and due time, approved at
/// the document's level (which registers it as out), then returned and checked for completeness, or — for copying —
/// closed by registering the copies made.
/// </summary>
public sealed class Loan
{
    public Guid Id { get; private set; }
    public Guid EstateId { get; private set; }
    public Guid DocumentId { get; private set; }
    public ConfidentialityLevel Level { get; private set; }
    public LoanKind Kind { get; private set; }
    public LoanMedium Medium { get; private set; }
    public bool TakeAway { get; private set; }
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

    public int? CopiesRequested { get; private set; }
    public int? CopiesMade { get; private set; }
    public int? PagesCopied { get; private set; }
    public string? CopiesRegisteredBy { get; private set; }

    public LoanRequester RequestedFor { get; private set; }
    public string? WarrantNumber { get; private set; }
    public string? WarrantAuthority { get; private set; }
    public string? WarrantVerifiedBy { get; private set; }
    public DateTimeOffset? WarrantVerifiedAt { get; private set; }

    private Loan() { }

    public static Loan Request(ArchiveDocument document, string borrowerId, string borrowerName, string purpose, DateTimeOffset dueAt, DateTimeOffset now) =>
        Request(document, staffFileOf: null, borrowerId, borrowerName, new LoanTerms(purpose, dueAt), now);

    /// <param name="staffFileOf">The staff member whose staff file holds the document, if it lies in one.</param>
    public static Loan Request(ArchiveDocument document, string? staffFileOf, string borrowerId, string borrowerName, LoanTerms terms, DateTimeOffset now)
    {
        if (terms.DueAt <= now)
        {
            throw new DomainException("loan.due_in_past", new("归还时间须晚于当前时间", "The due time must be in the future"), "dueAt");
        }
        if (terms.Kind == LoanKind.Copying && terms.Copies is not > 0)
        {
            throw new DomainException("loan.copies_required", new("复印申请须注明份数", "A copying request must say how many copies"), "copies");
        }
        NobodyBorrowsTheirOwnStaffFile.Check(staffFileOf, borrowerId);
        OriginalsStayInTheOffice.Check(document, terms);
        LegalRequestsNeedAWarrant.CheckRecorded(terms);
        return new Loan
        {
            Id = Guid.CreateVersion7(),
            EstateId = document.EstateId,
            DocumentId = document.Id,
            Level = document.Level,
            Kind = terms.Kind,
            Medium = terms.Medium,
            TakeAway = terms.TakeAway,
            CopiesRequested = terms.Kind == LoanKind.Copying ? terms.Copies : null,
            Purpose = terms.Purpose.Trim(),
            DueAt = terms.DueAt,
            BorrowerId = borrowerId,
            BorrowerName = borrowerName,
            RequestedAt = now,
            Status = LoanStatus.Requested,
            RequestedFor = terms.RequestedFor,
            WarrantNumber = terms.WarrantNumber?.Trim(),
            WarrantAuthority = terms.WarrantAuthority?.Trim(),
        };
    }

    /// <summary>A custodian has checked the warrant against the issuing authority; the request may then be approved.</summary>
    public void VerifyWarrant(string verifiedBy, DateTimeOffset now)
    {
        LoanMustBeIn.Check(this, LoanStatus.Requested);
        LegalRequestsNeedAWarrant.CheckVerifiable(this, verifiedBy);
        WarrantVerifiedBy = verifiedBy;
        WarrantVerifiedAt = now;
    }

    public void Approve(Approver approver, DateTimeOffset now)
    {
        LoanMustBeIn.Check(this, LoanStatus.Requested);
        NobodyApprovesTheirOwnLoan.Check(this, approver);
        LoanMustBeApprovedAtItsLevel.Check(this, approver);
        LegalRequestsNeedAWarrant.CheckVerified(this);
        Status = LoanStatus.Approved;
        ApprovedBy = approver.Id;
        ApprovedAt = now;
    }

    /// <summary>The custodian checks what came back; anything missing must be written down, never dropped silently.</summary>
    public void CheckReturn(string checkedBy, bool complete, string? note, DateTimeOffset now)
    {
        LoanMustBeIn.Check(this, LoanStatus.Approved, LoanKind.Reading);
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

    /// <summary>Registers the copies made of an approved copying request (复印登记), which closes it.</summary>
    public void RegisterCopies(int copies, int pages, string registeredBy, DateTimeOffset now)
    {
        LoanMustBeIn.Check(this, LoanStatus.Approved, LoanKind.Copying);
        if (copies < 1 || pages < 1)
        {
            throw new DomainException("loan.copies_required", new("须登记复印份数和页数", "Register the number of copies and of pages"), copies < 1 ? "copies" : "pages");
        }
        if (copies > CopiesRequested)
        {
            throw new DomainException("loan.more_copies_than_approved",
                new($"批准复印 {CopiesRequested} 份，不得登记 {copies} 份", $"{CopiesRequested} copies were approved, not {copies}"), "copies");
        }
        Status = LoanStatus.Copied;
        CopiesMade = copies;
        PagesCopied = pages;
        CopiesRegisteredBy = registeredBy;
        ReturnedAt = now;
    }

    /// <summary>Marks the loan overdue if it is out past its due time and nobody was reminded yet.</summary>
    public bool MarkOverdue(DateTimeOffset now)
    {
        if (Status != LoanStatus.Approved || Kind != LoanKind.Reading || now <= DueAt || OverdueNotifiedAt is not null)
        {
            return false;
        }
        OverdueNotifiedAt = now;
        return true;
    }

    /// <summary>An approved electronic reading loan, not yet returned and not past due, lets the borrower view the document.</summary>
    public bool GrantsAccess(string userId, DateTimeOffset now) =>
        Status == LoanStatus.Approved && Kind == LoanKind.Reading && Medium == LoanMedium.Electronic && BorrowerId == userId && now <= DueAt;
}
