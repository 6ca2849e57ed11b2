using PropertyCloud.Archives.Api.Domain.Documents;
using PropertyCloud.Archives.Api.Domain.Filing;
using PropertyCloud.Archives.Api.Infrastructure;
using PropertyCloud.Archives.Api.Infrastructure.Filing;
using PropertyCloud.BuildingBlocks.EventBus;
using PropertyCloud.Repairs.Contracts;

namespace PropertyCloud.Archives.Api.Consumers;

/// <summary>Files a closed complaint into the complainant's unit file; complaints naming no unit are not filed.</summary>
public sealed class ComplaintClosedConsumer(ArchivesDb db, UnitFiling filing) : IdempotentConsumer<ComplaintClosed, ArchivesDb>(db)
{
    protected override async Task HandleAsync(ComplaintClosed message, CancellationToken cancellationToken)
    {
        if (message.UnitId is not { } unitId)
        {
            return;
        }
        await filing.FileAsync(Db, new FilingRequest(
            message.EventId, FiledRecordTypes.Complaint, message.EstateId, unitId, DocumentCategory.ComplaintRecord, "投诉处理记录",
            message.OccurredAt,
            RecordDetails.Of(new
            {
                message.ComplaintId, message.Category, message.IsMajor, message.ReceivedAt, message.HandlingMinutes,
                message.ComplainantOpinion,
            })), cancellationToken);
    }
}
