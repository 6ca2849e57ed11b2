using PropertyCloud.Archives.Api.Domain;
using PropertyCloud.Archives.Api.Domain.Documents;
using PropertyCloud.Archives.Api.Domain.Lending;
using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.BuildingBlocks.Security;

namespace PropertyCloud.Archives.UnitTests;

public sealed class CopyingTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void TakeAway_OfAPaperOriginal_IsRefusedNamingTakeAway()
    {
        var refused = Assert.Throws<DomainException>(() => Request(Terms() with { Medium = LoanMedium.Original, TakeAway = true }));

        Assert.Equal(("loan.original_stays_on_site", "takeAway"), (refused.Code, refused.Field));
    }

    [Fact]
    public void TakeAway_OfAnElectronicReadingLoan_IsRefused()
    {
        Assert.Equal("takeAway", Assert.Throws<DomainException>(() => Request(Terms() with { TakeAway = true })).Field);
    }

    [Fact]
    public void Original_OfADocumentWithoutAPaperOriginal_IsRefusedNamingMedium()
    {
        var refused = Assert.Throws<DomainException>(() => Request(Terms() with { Medium = LoanMedium.Original }, indexNumber: null));

        Assert.Equal("medium", refused.Field);
    }

    [Fact]
    public void OriginalReadOnSite_GrantsNoElectronicAccess()
    {
        var loan = Request(Terms() with { Medium = LoanMedium.Original });
        loan.Approve(Approver(Roles.EstateManager), Now);

        Assert.False(loan.GrantsAccess("borrower", Now));
    }

    [Fact]
    public void Request_OfOnesOwnStaffFile_IsRefused()
    {
        var refused = Assert.Throws<DomainException>(() =>
            Loan.Request(Document(), staffFileOf: "borrower", "borrower", "王", Terms() with { Kind = LoanKind.Copying, Copies = 1 }, Now));

        Assert.Equal("loan.own_staff_file", refused.Code);
    }

    [Fact]
    public void Copying_RegistersCopiesUpToThoseApprovedAndCloses()
    {
        var copy = Request(Terms() with { Kind = LoanKind.Copying, Copies = 2, TakeAway = true });
        Assert.Equal("loan.wrong_state", Assert.Throws<DomainException>(() => copy.RegisterCopies(2, 10, "clerk", Now)).Code);
        copy.Approve(Approver(Roles.EstateManager), Now);

        Assert.Equal("copies", Assert.Throws<DomainException>(() => copy.RegisterCopies(3, 10, "clerk", Now)).Field);
        Assert.Equal("loan.wrong_kind", Assert.Throws<DomainException>(() => copy.CheckReturn("clerk", true, null, Now)).Code);
        copy.RegisterCopies(2, 10, "clerk", Now);

        Assert.Equal((LoanStatus.Copied, 2, 10), (copy.Status, copy.CopiesMade, copy.PagesCopied));
        Assert.False(copy.MarkOverdue(copy.DueAt.AddDays(1)));
    }

    [Fact]
    public void PoliceRequest_NeedsAWarrantVerifiedBySomeoneElseBeforeApproval()
    {
        var request = Request(Terms() with { RequestedFor = LoanRequester.Police, WarrantNumber = "调证字1187号", WarrantAuthority = "天河分局" });

        Assert.Equal("warrant", Assert.Throws<DomainException>(() => request.Approve(Approver(Roles.EstateManager), Now)).Field);
        Assert.Equal("loan.self_verification", Assert.Throws<DomainException>(() => request.VerifyWarrant("borrower", Now)).Code);
        request.VerifyWarrant("archivist", Now);
        request.Approve(Approver(Roles.EstateManager), Now);

        Assert.Equal(LoanStatus.Approved, request.Status);
    }

    [Theory]
    [InlineData(null, "天河分局", "warrantNumber")]
    [InlineData("调证字1187号", " ", "warrantAuthority")]
    public void CourtRequest_WithoutItsWarrant_IsRefusedNamingTheMissingPart(string? number, string? authority, string field)
    {
        var refused = Assert.Throws<DomainException>(() =>
            Request(Terms() with { RequestedFor = LoanRequester.Court, WarrantNumber = number, WarrantAuthority = authority }));

        Assert.Equal(field, refused.Field);
    }

    private static LoanTerms Terms() => new("核对", Now.AddHours(4));

    private static Loan Request(LoanTerms terms, string? indexNumber = "KH-03-2-15") =>
        Loan.Request(Document(indexNumber), staffFileOf: null, "borrower", "王", terms, Now);

    private static Approver Approver(string role) => new("approver", "李", new HashSet<string> { role });

    private static ArchiveDocument Document(string? indexNumber = "KH-03-2-15")
    {
        var file = CustomerFile.OpenForUnit(Guid.NewGuid(), Guid.NewGuid(), "1栋", "2", 8, "802", Now);
        return ArchiveDocument.File(file, new DocumentDetails("产权证复印件", DocumentCategory.IdCopy, ConfidentialityLevel.B, null, indexNumber),
            new StoredContent(new string('a', 64), 10, "a.pdf", "application/pdf"), "clerk", Now);
    }
}
