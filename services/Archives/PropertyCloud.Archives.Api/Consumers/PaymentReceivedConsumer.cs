using PropertyCloud.Archives.Api.Domain.Documents;
using PropertyCloud.Archives.Api.Domain.Filing;
using PropertyCloud.Archives.Api.Infrastructure;
using PropertyCloud.Archives.Api.Infrastructure.Filing;
using PropertyCloud.Billing.Contracts;
using PropertyCloud.BuildingBlocks.EventBus;

namespace PropertyCloud.Archives.Api.Consumers;

/// <summary>Files a payment (缴费记录) into the paying unit's file.</summary>
public sealed class PaymentReceivedConsumer(ArchivesDb db, UnitFiling filing) : IdempotentConsumer<PaymentReceived, ArchivesDb>(db)
{
    protected override Task HandleAsync(PaymentReceived message, CancellationToken cancellationToken) =>
        filing.FileAsync(Db, new FilingRequest(
            message.EventId, FiledRecordTypes.Payment, message.EstateId, message.UnitId, DocumentCategory.Other, "缴费记录",
            message.OccurredAt,
            RecordDetails.Of(new { message.PaymentId, message.Amount, message.Method, message.ReceiptNumber, message.BillsCovered })),
            cancellationToken);
}
