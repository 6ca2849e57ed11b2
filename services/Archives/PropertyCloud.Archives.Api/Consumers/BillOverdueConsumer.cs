using PropertyCloud.Archives.Api.Domain.Documents;
using PropertyCloud.Archives.Api.Domain.Filing;
using PropertyCloud.Archives.Api.Infrastructure;
using PropertyCloud.Archives.Api.Infrastructure.Filing;
using PropertyCloud.Billing.Contracts;
using PropertyCloud.BuildingBlocks.EventBus;

namespace PropertyCloud.Archives.Api.Consumers;

/// <summary>Files an arrears record (欠费记录) into the unit's file when one of its bills goes overdue.</summary>
public sealed class BillOverdueConsumer(ArchivesDb db, UnitFiling filing) : IdempotentConsumer<BillOverdue, ArchivesDb>(db)
{
    protected override Task HandleAsync(BillOverdue message, CancellationToken cancellationToken) =>
        filing.FileAsync(Db, new FilingRequest(
            message.EventId, FiledRecordTypes.Arrears, message.EstateId, message.UnitId, DocumentCategory.ArrearsRecord, "欠费记录",
            message.OccurredAt,
            RecordDetails.Of(new { message.BillId, message.Period, message.DueDate, message.AmountOwed })),
            cancellationToken);
}
