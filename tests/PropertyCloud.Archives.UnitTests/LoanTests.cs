using PropertyCloud.Archives.Api.Domain;
using PropertyCloud.Archives.Api.Domain.Documents;
using PropertyCloud.Archives.Api.Domain.Lending;
using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.BuildingBlocks.Security;

namespace PropertyCloud.Archives.UnitTests;

public sealed class LoanTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 8, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(ConfidentialityLevel.A, Roles.GroupAdmin)]
    [InlineData(ConfidentialityLevel.B, Roles.EstateManager)]
    [InlineData(ConfidentialityLevel.C, Roles.Archivist)]
    public void Approve_ByTheApproverOfTheLevel_RegistersTheLoan(ConfidentialityLevel level, string role)
    {
        var loan = LoanOf(level);

        loan.Approve(Approver(role), Now);

        Assert.Equal(LoanStatus.Approved, loan.Status);
        Assert.True(loan.GrantsAccess("borrower", Now.AddHours(1)));
    }

    [Theory]
    [InlineData(ConfidentialityLevel.A, Roles.EstateManager)]
    [InlineData(ConfidentialityLevel.B, Roles.Archivist)]
    [InlineData(ConfidentialityLevel.B, Roles.GroupAdmin)]
    [InlineData(ConfidentialityLevel.C, Roles.EstateManager)]
    public void Approve_ByAnotherLevelsApprover_IsRefused(ConfidentialityLevel level, string role)
    {
        var loan = LoanOf(level);

        var refused = Assert.Throws<DomainException>(() => loan.Approve(Approver(role), Now));

        Assert.Equal("loan.wrong_approval_level", refused.Code);
        Assert.Equal(LoanStatus.Requested, loan.Status);
    }

    [Fact]
    public void Approve_ByTheBorrower_IsRefusedEvenWithTheRightRole()
    {
        var loan = LoanOf(ConfidentialityLevel.B);

        var refused = Assert.Throws<DomainException>(() => loan.Approve(new Approver("borrower", "王", new HashSet<string> { Roles.EstateManager }), Now));

        Assert.Equal("loan.self_approval", refused.Code);
    }

    [Fact]
    public void Approve_Twice_IsRefused()
    {
        var loan = LoanOf(ConfidentialityLevel.C);
        loan.Approve(Approver(Roles.Archivist), Now);

        Assert.Equal("loan.wrong_state", Assert.Throws<DomainException>(() => loan.Approve(Approver(Roles.Archivist), Now)).Code);
    }

    [Fact]
    public void Request_DueInThePast_IsRefusedNamingDueAt()
    {
        var refused = Assert.Throws<DomainException>(() => Loan.Request(Document(ConfidentialityLevel.C), "b", "b", "查阅", Now.AddMinutes(-1), Now));

        Assert.Equal("dueAt", refused.Field);
    }

    [Fact]
    public void CheckReturn_Incomplete_NeedsANoteAndThenCloses()
    {
        var loan = LoanOf(ConfidentialityLevel.C);
        loan.Approve(Approver(Roles.Archivist), Now);

        Assert.Equal("note", Assert.Throws<DomainException>(() => loan.CheckReturn("clerk", complete: false, note: " ", Now)).Field);
        loan.CheckReturn("clerk", complete: false, note: "缺装修验收记录第2页", Now);

        Assert.Equal(LoanStatus.Returned, loan.Status);
        Assert.False(loan.ReturnedComplete);
        Assert.False(loan.GrantsAccess("borrower", Now));
    }

    [Fact]
    public void GrantsAccess_AfterTheDueTime_IsFalse()
    {
        var loan = LoanOf(ConfidentialityLevel.B);
        loan.Approve(Approver(Roles.EstateManager), Now);

        Assert.False(loan.GrantsAccess("borrower", loan.DueAt.AddSeconds(1)));
        Assert.False(loan.GrantsAccess("someone-else", Now));
    }

    private static Approver Approver(string role) => new("approver", "李", new HashSet<string> { role });

    private static Loan LoanOf(ConfidentialityLevel level) =>
        Loan.Request(Document(level), "borrower", "王", "核对入伙资料", Now.AddHours(4), Now);

    private static ArchiveDocument Document(ConfidentialityLevel level)
    {
        var file = CustomerFile.OpenForUnit(Guid.NewGuid(), Guid.NewGuid(), "1栋", "2", 8, "802", Now);
        return ArchiveDocument.File(file, new DocumentDetails("入伙登记表", DocumentCategory.MoveInForm, level, null, null),
            new StoredContent(new string('a', 64), 10, "a.pdf", "application/pdf"), "clerk", Now);
    }
}
