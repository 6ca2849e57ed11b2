using PropertyCloud.Archives.Api.Domain.Documents;
using PropertyCloud.Archives.Api.Domain.Lending;
using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Archives.Api.Domain.Rules;

/// <summary>
/// Originals may not leave the archive office: a paper original is read on site only, and an electronic loan is
/// view-only, so "take away" is refused for both; what leaves the office is a registered copy.
/// </summary>
internal static class OriginalsStayInTheOffice
{
    public static void Check(ArchiveDocument document, LoanTerms terms)
    {
        if (terms.Medium == LoanMedium.Original && document.IndexNumber is null)
        {
            throw new DomainException("loan.no_paper_original",
                new($"《{document.Title}》没有登记纸质原件", $"'{document.Title}' has no registered paper original"), "medium");
        }
        if (terms.TakeAway && terms.Medium == LoanMedium.Original)
        {
            throw new DomainException("loan.original_stays_on_site",
                new("档案原件不得带出档案室，只能现场查阅；需要带走请申请复印", "Originals may not leave the office: read on site, or ask for copies to take away"),
                "takeAway");
        }
        if (terms.TakeAway && terms.Kind == LoanKind.Reading)
        {
            throw new DomainException("loan.electronic_view_only",
                new("电子档案借阅仅限在线查看，不能带走；需要带走请申请复印", "An electronic loan is view-only; ask for copies to take away"), "takeAway");
        }
    }
}
