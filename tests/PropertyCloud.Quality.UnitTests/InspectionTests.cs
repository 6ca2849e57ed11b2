using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.Quality.Api.Domain.Inspections;

namespace PropertyCloud.Quality.UnitTests;

public sealed class InspectionTests
{
    private static readonly DateTimeOffset Inspected = new(2026, 10, 15, 2, 0, 0, TimeSpan.Zero);

    private static readonly ChecklistTemplate Checklist = ChecklistTemplate.Create("公共区域保洁",
        [new("a", "楼道无杂物"), new("b", "电梯整洁"), new("c", "车库无积水")], "quality", Inspected);

    private static ItemCheck Pass(string code) => new(code, true, null, null, []);

    private static ItemCheck Fail(string code, DateOnly? by) => new(code, false, "问题", by, []);

    [Fact]
    public void Record_WithTwoOfThreeItemsPassed_Scores66Point67AndRaisesOneFinding()
    {
        var (inspection, findings) = Inspection.Record(Guid.NewGuid(), Checklist, Inspected,
            [Pass("a"), Fail("b", new(2026, 10, 20)), Pass("c")], "quality", Inspected);

        Assert.Equal(66.67m, inspection.Score);
        Assert.Equal("b", Assert.Single(findings).ItemCode);
    }

    [Fact]
    public void Record_WithAnItemMissing_IsNotPossible()
    {
        var error = Assert.Throws<DomainException>(() => Inspection.Record(Guid.NewGuid(), Checklist, Inspected, [Pass("a"), Pass("b")], "q", Inspected));

        Assert.Equal("inspection.item_missing", error.Code);
    }

    [Fact]
    public void Record_WithAnItemTwice_IsNotPossible()
    {
        var error = Assert.Throws<DomainException>(() =>
            Inspection.Record(Guid.NewGuid(), Checklist, Inspected, [Pass("a"), Pass("b"), Pass("c"), Pass("c")], "q", Inspected));

        Assert.Equal("inspection.item_twice", error.Code);
    }

    [Fact]
    public void Record_WithADeadlineBeforeTheInspectionDay_IsNotPossible()
    {
        var error = Assert.Throws<DomainException>(() =>
            Inspection.Record(Guid.NewGuid(), Checklist, Inspected, [Pass("a"), Fail("b", new(2026, 10, 14)), Pass("c")], "q", Inspected));

        Assert.Equal("inspection.deadline_past", error.Code);
    }

    [Fact]
    public void Create_WithAnItemCodeTwice_IsNotPossible()
    {
        var error = Assert.Throws<DomainException>(() => ChecklistTemplate.Create("x", [new("a", "1"), new("a", "2")], "q", Inspected));

        Assert.Equal("checklist.item_code_twice", error.Code);
    }

    private static Finding NewFinding() =>
        Inspection.Record(Guid.NewGuid(), Checklist, Inspected, [Pass("a"), Fail("b", new(2026, 10, 20)), Pass("c")], "q", Inspected).Findings[0];

    [Fact]
    public void Verify_WhenNotRectified_IsNotPossible()
    {
        var error = Assert.Throws<DomainException>(() => NewFinding().Verify(true, "q", Inspected));

        Assert.Equal("finding.wrong_step", error.Code);
    }

    [Fact]
    public void Verify_WhenRejected_OpensTheFindingAgain()
    {
        var finding = NewFinding();
        finding.ReportRectified("已整改", [], "manager", Inspected);

        finding.Verify(false, "q", Inspected);

        Assert.Equal((FindingStatus.Open, 1), (finding.Status, finding.Rejections));
    }

    [Fact]
    public void IsOverdue_AfterVerification_IsFalse()
    {
        var finding = NewFinding();
        finding.ReportRectified("已整改", [], "manager", Inspected);
        Assert.True(finding.IsOverdue(new(2026, 10, 21)));

        finding.Verify(true, "q", Inspected);

        Assert.False(finding.IsOverdue(new(2026, 10, 21)));
    }
}
