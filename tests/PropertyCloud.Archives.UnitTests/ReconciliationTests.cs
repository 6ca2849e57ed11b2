using PropertyCloud.Archives.Api.Domain.Custody;
using PropertyCloud.Archives.Api.Domain.Reconciliation;
using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Archives.UnitTests;

public sealed class ReconciliationTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 8, 0, 0, TimeSpan.Zero);
    private static readonly Guid First = Guid.NewGuid();
    private static readonly Guid Second = Guid.NewGuid();

    [Fact]
    public void Complete_WithALineUnchecked_IsRefusedNamingResults()
    {
        var reconciliation = Checklist();

        var refused = Assert.Throws<DomainException>(() => reconciliation.Complete([new CheckResult(First, true, null)], "clerk", Now));

        Assert.Equal(("reconciliation.items_unchecked", "results"), (refused.Code, refused.Field));
        Assert.Null(reconciliation.CompletedAt);
    }

    [Fact]
    public void Complete_WithAMissingLineWithoutANote_IsRefused()
    {
        var refused = Assert.Throws<DomainException>(() =>
            Checklist().Complete([new CheckResult(First, true, null), new CheckResult(Second, false, " ")], "clerk", Now));

        Assert.Equal("reconciliation.missing_unexplained", refused.Code);
    }

    [Fact]
    public void Complete_WithAMissingLine_ReturnsItAsAnOpenItemAndCannotRunTwice()
    {
        var reconciliation = Checklist();

        var missing = reconciliation.Complete([new CheckResult(First, true, null), new CheckResult(Second, false, "盒内未找到")], "clerk", Now);

        var item = Assert.Single(missing);
        Assert.Equal((Second, "盒内未找到", (MissingItemOutcome?)null), (item.DocumentId, item.Note, item.Outcome));
        Assert.Equal([true, false], reconciliation.Items.Select(i => i.Present!.Value));
        Assert.Throws<DomainException>(() => reconciliation.Complete([], "clerk", Now));
    }

    [Fact]
    public void Complete_NamingADocumentNotOnTheList_IsRefused()
    {
        var refused = Assert.Throws<DomainException>(() => Checklist().Complete(
            [new CheckResult(First, true, null), new CheckResult(Second, true, null), new CheckResult(Guid.NewGuid(), true, null)], "clerk", Now));

        Assert.Equal("reconciliation.not_on_contents_list", refused.Code);
    }

    [Fact]
    public void CustodyTransfer_IsCompleteOnlyAfterBothPartiesConfirm()
    {
        var transfer = CustodyTransfer.Record(Guid.NewGuid(), "a", "王", "b", "李", [First, Second], null, "a", Now);

        Assert.Equal("custody.not_a_party", Assert.Throws<DomainException>(() => transfer.Confirm("c", Now)).Code);
        transfer.Confirm("a", Now);
        Assert.False(transfer.IsComplete);
        Assert.Equal("custody.already_confirmed", Assert.Throws<DomainException>(() => transfer.Confirm("a", Now)).Code);
        transfer.Confirm("b", Now);

        Assert.True(transfer.IsComplete);
    }

    [Fact]
    public void CustodyTransfer_ToOneself_IsRefusedNamingToId()
    {
        Assert.Equal("toId", Assert.Throws<DomainException>(() =>
            CustodyTransfer.Record(Guid.NewGuid(), "a", "王", "a", "王", [First], null, "a", Now)).Field);
    }

    private static FileReconciliation Checklist() => FileReconciliation.Start(Guid.NewGuid(), Guid.NewGuid(), "2026-11",
        [new ChecklistItem(First, "入伙登记表", "KH-03-2-15"), new ChecklistItem(Second, "购房合同", "KH-03-2-15")], "clerk", Now);
}
