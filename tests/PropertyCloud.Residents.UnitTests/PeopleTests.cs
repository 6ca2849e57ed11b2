using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.Residents.Api.Demo;
using PropertyCloud.Residents.Api.Domain;
using PropertyCloud.Residents.Api.Domain.People;

namespace PropertyCloud.Residents.UnitTests;

public sealed class PeopleTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 8, 0, 0, TimeSpan.Zero);
    private static readonly Building Tower = Building.Register(Guid.NewGuid(), new BuildingDetails("3栋", "三号楼", "高层住宅", 18, 2, null, null));
    private static readonly ProtectedIdNumber NoId = new("", "", "");

    private static Unit NewUnit() => Unit.RegisterByStaff(Tower, new UnitDetails("1", 15, "1502", "3室2厅2卫", 118.50m, 92.43m, UnitUsage.Residence), Now);

    private static Owner NewOwner(Guid? estateId = null) => Owner.Register(estateId ?? Tower.EstateId,
        new OwnerDetails(OwnerKind.Person, "周建国", Gender.Male, "13812345678", IdDocumentType.ResidentIdCard, "浙江杭州", "", null), NoId, Now);

    [Theory]
    [InlineData("330106199003071236", true)]
    [InlineData("11010519491231002X", true)]
    [InlineData("11010519491231002x", true)]
    [InlineData("330106199003071239", false)] // wrong check digit
    [InlineData("330106199013071236", false)] // month 13
    [InlineData("33010619900307123", false)]
    [InlineData("33010619900307123A", false)]
    public void ChineseIdNumber_IsValid_ChecksLengthBirthDateAndCheckCharacter(string value, bool valid) =>
        Assert.Equal(valid, ChineseIdNumber.IsValid(value));

    [Fact]
    public void Masking_HidesTheMiddleOfPhoneAndIdNumberAndTheStreetOfAnAddress()
    {
        Assert.Equal("138****5678", Masking.Phone("13812345678"));
        Assert.Equal("3301**********1236", Masking.IdNumber("330106199003071236"));
        Assert.Equal("杭州市西湖区****", Masking.Address("杭州市西湖区文三路88号"));
        Assert.Equal("****", Masking.Phone("1234"));
        Assert.Equal("", Masking.Address(""));
    }

    [Fact]
    public void Transfer_EndsEveryCurrentOwnershipOnTheDateAndStartsTheNewOnes()
    {
        var unit = NewUnit();
        var husband = Ownership.Start(unit, NewOwner(), new DateOnly(2018, 1, 1));
        var wife = Ownership.Start(unit, NewOwner(), new DateOnly(2019, 1, 1));
        var buyer = NewOwner();

        var opened = OwnershipTransfer.Transfer(unit, [husband, wife], [buyer], new DateOnly(2026, 11, 20));

        Assert.Equal(new DateOnly(2026, 11, 20), husband.EndedOn);
        Assert.Equal(new DateOnly(2026, 11, 20), wife.EndedOn);
        var started = Assert.Single(opened);
        Assert.Equal((buyer.Id, new DateOnly(2026, 11, 20), (DateOnly?)null), (started.OwnerId, started.StartedOn, started.EndedOn));
    }

    [Fact]
    public void Transfer_ToTheSameOwners_IsRefused()
    {
        var unit = NewUnit();
        var owner = NewOwner();
        var current = Ownership.Start(unit, owner, new DateOnly(2018, 1, 1));

        var refusal = Assert.Throws<DomainException>(() => OwnershipTransfer.Transfer(unit, [current], [owner], new DateOnly(2026, 1, 1)));

        Assert.Equal("ownership.same_owners", refusal.Code);
        Assert.Null(current.EndedOn);
    }

    [Fact]
    public void Transfer_OfAUnitWithoutOwner_IsRefused()
    {
        var refusal = Assert.Throws<DomainException>(() => OwnershipTransfer.Transfer(NewUnit(), [], [NewOwner()], new DateOnly(2026, 1, 1)));

        Assert.Equal("ownership.no_current_owner", refusal.Code);
    }

    [Fact]
    public void StartOwnership_OfAnOwnerFromAnotherEstate_IsRefused()
    {
        var refusal = Assert.Throws<DomainException>(() => Ownership.Start(NewUnit(), NewOwner(Guid.NewGuid()), new DateOnly(2026, 1, 1)));

        Assert.Equal("ownership.other_estate", refusal.Code);
    }

    [Fact]
    public void StartTenancy_EndingBeforeItStarts_IsRefusedOnLeaseEnd()
    {
        var refusal = Assert.Throws<DomainException>(() =>
            Tenancy.Start(NewUnit(), "林晓雨", "13957101234", new DateOnly(2026, 3, 1), new DateOnly(2026, 2, 1)));

        Assert.Equal("leaseEndsOn", refusal.Field);
    }

    [Fact]
    public void EndTenancy_Twice_IsRefused()
    {
        var lease = Tenancy.Start(NewUnit(), "林晓雨", "13957101234", new DateOnly(2026, 3, 1), new DateOnly(2027, 2, 28));
        lease.End(new DateOnly(2026, 11, 30));

        Assert.Throws<DomainException>(() => lease.End(new DateOnly(2026, 12, 1)));
    }

    [Theory]
    [InlineData(UnitUsage.RentedOut)]
    [InlineData(UnitUsage.Vacant)]
    [InlineData(UnitUsage.Residence)]
    public void ChangeUsageByOwner_ToLivedInRentedOrVacant_IsAllowed(UnitUsage usage)
    {
        var unit = NewUnit();

        var previous = unit.ChangeUsageByOwner(usage);

        Assert.Equal((UnitUsage.Residence, usage), (previous, unit.Usage));
    }

    [Fact]
    public void ChangeUsageByOwner_ToCommercial_IsRefused()
    {
        var refusal = Assert.Throws<DomainException>(() => NewUnit().ChangeUsageByOwner(UnitUsage.Commercial));

        Assert.Equal("usage", refusal.Field);
    }

    [Fact]
    public void DemoPeopleGenerator_MakesValidIdNumbersMobilesAndTwoOrThreeCharacterNames()
    {
        var people = new DemoPeopleGenerator(seed: 7);

        for (var i = 0; i < 1000; i++)
        {
            var gender = people.NextGender();
            var (idNumber, nativePlace) = people.IdNumber(gender);
            Assert.True(ChineseIdNumber.IsValid(idNumber), idNumber);
            Assert.Equal(gender == Gender.Male, (idNumber[16] - '0') % 2 == 1);
            Assert.NotEmpty(nativePlace);
            Assert.Matches(@"^1[358]\d{9}$", people.Mobile());
            Assert.InRange(people.Name(gender).Length, 2, 3);
        }
    }
}
