using PropertyCloud.Archives.Api.Domain.Documents;
using PropertyCloud.Archives.Api.Domain.Filing;
using PropertyCloud.Archives.Api.Infrastructure;
using PropertyCloud.Archives.Api.Infrastructure.Filing;
using PropertyCloud.BuildingBlocks.EventBus;
using PropertyCloud.Surveys.Contracts;

namespace PropertyCloud.Archives.Api.Consumers;

/// <summary>
/// Files a household's completed survey response into its unit file. Surveys publishes every save; partial saves are
/// not filed, and the response id (not the event id) keys the record, so a response re-submitted is filed once.
/// </summary>
public sealed class SurveyResponseRecordedConsumer(ArchivesDb db, UnitFiling filing) : IdempotentConsumer<SurveyResponseRecorded, ArchivesDb>(db)
{
    protected override async Task HandleAsync(SurveyResponseRecorded message, CancellationToken cancellationToken)
    {
        if (!message.Complete)
        {
            return;
        }
        await filing.FileAsync(Db, new FilingRequest(
            message.ResponseId, FiledRecordTypes.SurveyResponse, message.EstateId, message.UnitId, DocumentCategory.SurveyRecord,
            "客户满意度调查问卷", message.OccurredAt,
            RecordDetails.Of(new { message.CampaignId, message.ResponseId, message.Channel, message.AnsweredItems, message.TotalItems })),
            cancellationToken);
    }
}
