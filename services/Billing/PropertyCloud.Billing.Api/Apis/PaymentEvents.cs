using PropertyCloud.Billing.Api.Domain;
using PropertyCloud.Billing.Contracts;

namespace PropertyCloud.Billing.Api.Apis;

internal static class PaymentEvents
{
    public static PaymentReceived Received(Payment payment) => new()
    {
        EventId = Guid.CreateVersion7(),
        OccurredAt = payment.ReceivedAt,
        EstateId = payment.EstateId,
        PaymentId = payment.Id,
        UnitId = payment.UnitId,
        Amount = payment.Amount,
        Method = payment.Method.ToString(),
        ReceiptNumber = payment.ReceiptNumber,
        BillsCovered = [.. payment.Allocations.Select(a => new CoveredBill(a.BillId, a.Period, a.Amount))],
    };

    public static PaymentRefunded Refunded(Payment payment, decimal amount, DateTimeOffset now) => new()
    {
        EventId = Guid.CreateVersion7(),
        OccurredAt = now,
        EstateId = payment.EstateId,
        PaymentId = payment.Id,
        UnitId = payment.UnitId,
        ReceiptNumber = payment.ReceiptNumber,
        Amount = amount,
    };
}
