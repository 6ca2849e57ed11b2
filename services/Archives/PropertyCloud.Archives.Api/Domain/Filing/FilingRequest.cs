using PropertyCloud.Archives.Api.Domain.Documents;

namespace PropertyCloud.Archives.Api.Domain.Filing;

/// <summary>
/// A record another system asks to file into a unit's customer file (a closed repair, a payment, ...), identified by
/// the event it came from so that filing it twice is impossible. DestructionReviewOn, when set, is the day the record
/// becomes due for destruction review (e.g. a previous owner's part of the file, 3 years after the transfer).
/// </summary>
public sealed record FilingRequest(
    Guid SourceEventId, string RecordType, Guid EstateId, Guid UnitId, DocumentCategory Category, string Title,
    DateTimeOffset OccurredAt, string Details, DateOnly? DestructionReviewOn = null);
