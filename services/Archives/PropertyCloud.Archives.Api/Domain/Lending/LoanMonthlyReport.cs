namespace PropertyCloud.Archives.Api.Domain.Lending;

/// <summary>
/// The monthly report of items out and not returned (借出未还月报), generated on the 5th for each estate with loans;
/// one per estate and month.
/// </summary>
public sealed class LoanMonthlyReport
{
    public const int GenerationDay = 5;

    public Guid Id { get; private set; }
    public Guid EstateId { get; private set; }

    /// <summary>"yyyy-MM".</summary>
    public string Month { get; private set; } = "";
    public DateTimeOffset GeneratedAt { get; private set; }
    public List<OutstandingLoan> Items { get; private set; } = [];

    private LoanMonthlyReport() { }

    public static LoanMonthlyReport Generate(Guid estateId, string month, IEnumerable<OutstandingLoan> items, DateTimeOffset now) =>
        new() { Id = Guid.CreateVersion7(), EstateId = estateId, Month = month, GeneratedAt = now, Items = [.. items] };
}

/// <summary>A loan still out when the report was generated.</summary>
public sealed record OutstandingLoan(Guid LoanId, Guid DocumentId, string DocumentTitle, string Level, string BorrowerName,
    DateTimeOffset ApprovedAt, DateTimeOffset DueAt, bool Overdue);
