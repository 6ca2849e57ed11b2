using PropertyCloud.Archives.Api.Domain.Documents;
using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Archives.Api.Domain.Rules;

/// <summary>Only documents whose retention is over, not under a legal hold and not yet destroyed are destroyed (003 篇5 5.9).</summary>
internal static class DocumentMayBeDestroyed
{
    public static void Check(ArchiveDocument document, DateTimeOffset now)
    {
        if (document.UnderLegalHold)
        {
            throw new DomainException("document.legal_hold",
                new($"《{document.Title}》处于诉讼保全，不得销毁", $"'{document.Title}' is under a legal hold and cannot be destroyed"), "documentIds");
        }
        if (document.DestroyedAt is not null)
        {
            throw new DomainException("document.already_destroyed",
                new($"《{document.Title}》已销毁", $"'{document.Title}' has already been destroyed"), "documentIds");
        }
        if (document.RetainUntil > now)
        {
            throw new DomainException("document.retention_not_over",
                new($"《{document.Title}》保管期限至 {document.RetainUntil:yyyy-MM-dd}，未到期", $"'{document.Title}' must be kept until {document.RetainUntil:yyyy-MM-dd}"),
                "documentIds");
        }
    }
}
