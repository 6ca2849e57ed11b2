using PropertyCloud.Billing.Api.Domain;
using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Billing.UnitTests;

public sealed class ChargeOnUnitTests
{
    [Fact]
    public void Issue_WithParkingSpacesAndAOneOffFee_ChargesEachAtItsRate()
    {
        var unit = Given.Unit();
        var parking = Given.Item(ChargeKind.Parking, 150m);
        var keyCard = Given.Item(ChargeKind.OneOff, 35m);

        var bill = Bill.Issue(Guid.NewGuid(), unit, new BillingPeriod(2026, 6), [parking, keyCard], new Dictionary<MeterKind, decimal>(),
            Given.Now, [UnitCharge.Assign(unit, parking, 2, Given.Now), UnitCharge.Assign(unit, keyCard, 1, Given.Now)]);

        Assert.Equal(335m, bill!.Amount);
    }

    [Fact]
    public void Issue_WithNothingChargeable_IssuesNoBill() =>
        Assert.Null(Bill.Issue(Guid.NewGuid(), Given.Unit(), new BillingPeriod(2026, 6), [Given.Item(ChargeKind.Deposit, 3000m)],
            new Dictionary<MeterKind, decimal>(), Given.Now));

    [Fact]
    public void Assign_AManagementFeeToOneUnit_IsRefusedOnTheItem()
    {
        var refusal = Assert.Throws<DomainException>(() =>
            UnitCharge.Assign(Given.Unit(), Given.Item(ChargeKind.ManagementFee, 2m), 1, Given.Now));

        Assert.Equal("chargeItemId", refusal.Field);
    }

    [Theory]
    [InlineData(30, DebtAge.UpTo30Days)]
    [InlineData(31, DebtAge.UpTo90Days)]
    [InlineData(180, DebtAge.UpTo180Days)]
    [InlineData(181, DebtAge.Over180Days)]
    public void AgeOf_CountsDaysPastTheDueDate(int days, DebtAge age)
    {
        var due = new DateOnly(2026, 1, 15);

        Assert.Equal(age, Bill.AgeOf(due, due.AddDays(days)));
    }

    [Theory]
    [InlineData(DebtAge.UpTo90Days)]
    [InlineData(DebtAge.UpTo180Days)]
    [InlineData(DebtAge.Over180Days)]
    public void LatestDueDateOf_IsTheYoungestDueDateOfThatAge(DebtAge age)
    {
        var today = new DateOnly(2026, 11, 26);

        var latest = Bill.LatestDueDateOf(age, today);

        Assert.Equal(age, Bill.AgeOf(latest, today));
        Assert.True(Bill.AgeOf(latest.AddDays(1), today) < age);
    }

    [Fact]
    public void Today_IsTheCalendarDayInChina() =>
        Assert.Equal(new DateOnly(2026, 11, 27), EstateCalendar.Day(new DateTimeOffset(2026, 11, 26, 16, 30, 0, TimeSpan.Zero)));
}
