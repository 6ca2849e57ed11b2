namespace PropertyCloud.Quality.Api.ReadModels;

/// <summary>A unit's bill for a period: what was charged and when it falls due. What was paid lives in <see cref="PaymentAllocationFact"/>.</summary>
public sealed class BillFact
{
    public Guid BillId { get; private set; }
    public Guid EstateId { get; private set; }
    public Guid UnitId { get; private set; }
    public string Period { get; private set; } = "";
    public decimal Amount { get; private set; }
    public DateOnly DueDate { get; private set; }

    private BillFact() { }

    public static BillFact Issued(Guid billId, Guid estateId, Guid unitId, string period, decimal amount, DateOnly dueDate) => new()
    {
        BillId = billId,
        EstateId = estateId,
        UnitId = unitId,
        Period = period,
        Amount = amount,
        DueDate = dueDate,
    };
}
