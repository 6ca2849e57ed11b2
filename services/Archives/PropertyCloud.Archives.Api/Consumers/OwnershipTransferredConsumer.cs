using Microsoft.EntityFrameworkCore;
using PropertyCloud.Archives.Api.Domain.Documents;
using PropertyCloud.Archives.Api.Domain.Filing;
using PropertyCloud.Archives.Api.Domain.Owners;
using PropertyCloud.Archives.Api.Infrastructure;
using PropertyCloud.Archives.Api.Infrastructure.Filing;
using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.BuildingBlocks.EventBus;
using PropertyCloud.Residents.Contracts;

namespace PropertyCloud.Archives.Api.Consumers;

/// <summary>
/// Files an owner change (业主变更) into the unit's file. The previous owners' part of the file is kept 3 years after the
/// transfer, so the record carries the day it becomes due for destruction review, and the previous owner's documents
/// then in the file come up in the destruction-due list on that day.
/// </summary>
public sealed class OwnershipTransferredConsumer(ArchivesDb db, UnitFiling filing) : IdempotentConsumer<OwnershipTransferred, ArchivesDb>(db)
{
    public const int PreviousOwnerRetentionYears = 3;

    /// <summary>The previous owner's own records; the unit's repair and decoration history stays with the unit.</summary>
    public static readonly IReadOnlyList<DocumentCategory> PreviousOwnerCategories =
    [
        DocumentCategory.MoveInForm, DocumentCategory.Contract, DocumentCategory.IdCopy, DocumentCategory.Photo, DocumentCategory.Correspondence,
        DocumentCategory.ViolationRecord, DocumentCategory.ArrearsRecord, DocumentCategory.ComplaintRecord, DocumentCategory.SurveyRecord,
    ];

    protected override async Task HandleAsync(OwnershipTransferred message, CancellationToken cancellationToken)
    {
        await HandOverAsync(message, cancellationToken);
        var reviewOn = message.TransferredOn.AddYears(PreviousOwnerRetentionYears);
        var outcome = await filing.FileAsync(Db, new FilingRequest(
            message.EventId, FiledRecordTypes.OwnerChange, message.EstateId, message.UnitId, DocumentCategory.Other, "业主变更",
            message.OccurredAt,
            RecordDetails.Of(new { message.TransferredOn, message.PreviousOwnerIds, message.NewOwnerIds }),
            reviewOn), cancellationToken);
        if (outcome != FilingOutcome.Filed)
        {
            return;
        }
        // What the file held when the transfer was registered is the previous owner's: it comes up for destruction
        // review on the review day (estate-local midnight) instead of after its own, longer retention.
        var reviewAt = EstateCalendar.StartOf(reviewOn);
        var previousOwners = await Db.Documents
            .Where(d => Db.CustomerFiles.Any(f => f.Id == d.FileId && f.UnitId == message.UnitId) && d.DestroyedAt == null
                && d.FiledAt <= message.OccurredAt && PreviousOwnerCategories.Contains(d.Category))
            .ToListAsync(cancellationToken);
        foreach (var document in previousOwners)
        {
            document.KeepForPreviousOwnerUntil(reviewAt);
        }
    }

    /// <summary>
    /// The previous owners stop seeing the unit's move-in documents; the new owners see those filed after the transfer
    /// was registered (what the file held then is the previous owners', as for the review below).
    /// </summary>
    private async Task HandOverAsync(OwnershipTransferred message, CancellationToken cancellationToken)
    {
        var holdings = await Db.UnitOwnerships.Where(o => o.UnitId == message.UnitId).ToListAsync(cancellationToken);
        Db.UnitOwnerships.RemoveRange(holdings.Where(o => message.PreviousOwnerIds.Contains(o.OwnerId) && !message.NewOwnerIds.Contains(o.OwnerId)));
        foreach (var ownerId in message.NewOwnerIds.Distinct().Where(id => holdings.All(o => o.OwnerId != id)))
        {
            Db.UnitOwnerships.Add(UnitOwnership.Begin(message.EstateId, message.UnitId, ownerId, message.OccurredAt));
        }
    }
}
