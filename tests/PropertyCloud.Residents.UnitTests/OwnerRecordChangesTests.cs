using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.Residents.Api.Domain;
using PropertyCloud.Residents.Api.Domain.People;

namespace PropertyCloud.Residents.UnitTests;

public sealed class OwnerRecordChangesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 8, 0, 0, TimeSpan.Zero);
    private static readonly ProtectedIdNumber NoId = new("", "", "");

    private static Owner NewOwner(OwnerKind kind = OwnerKind.Person) => Owner.Register(Guid.NewGuid(),
        new OwnerDetails(kind, "周建国", Gender.Male, "13812345678", IdDocumentType.ResidentIdCard, "浙江杭州", "杭州市西湖区文三路88号", null), NoId, Now);

    [Fact]
    public void AppointContactPerson_ForAPersonOwner_IsRefused()
    {
        var refusal = Assert.Throws<DomainException>(() => CompanyContactPerson.Appoint(NewOwner(), "陈思远", "", "13911112222", new DateOnly(2025, 1, 1)));

        Assert.Equal(("contact_person.owner_not_company", "ownerId"), (refusal.Code, refusal.Field));
    }

    [Fact]
    public void ChangeContactPerson_EndsTheOldRecordAndTheSuccessorPointsBack()
    {
        var company = NewOwner(OwnerKind.Company);
        var first = CompanyContactPerson.Appoint(company, "陈思远", "行政经理", "13911112222", new DateOnly(2025, 1, 1));

        var second = first.ChangeTo(company, "刘佳怡", "行政主管", "13933334444", new DateOnly(2026, 6, 1));

        Assert.Equal((new DateOnly(2026, 6, 1), false), (first.EndedOn, first.IsCurrent));
        Assert.Equal((first.Id, true), (second.PreviousId, second.IsCurrent));
        var early = Assert.Throws<DomainException>(() => second.ChangeTo(company, "王", "", "13900000000", new DateOnly(2026, 1, 1)));
        Assert.Equal("effectiveOn", early.Field);
    }

    [Fact]
    public void DecideCorrection_Twice_IsAConflict()
    {
        var correction = CorrectionRequest.File(NewOwner(), CorrectableField.Name, "周建华", "周建华", "改名", Now, pendingForField: false);
        correction.Approve("前台小王", null, Now);

        Assert.Equal(CorrectionStatus.Approved, correction.Status);
        Assert.Throws<ConflictException>(() => correction.Reject("经理", "重复", Now));
    }

    [Fact]
    public void FileCorrection_WhileOneForTheFieldIsPending_IsAConflict() =>
        Assert.Throws<ConflictException>(() => CorrectionRequest.File(NewOwner(), CorrectableField.Address, "x", "x", "搬家了", Now, pendingForField: true));

    [Theory]
    [InlineData(CorrectableField.Name, "周建华")]
    [InlineData(CorrectableField.Gender, "Female")]
    [InlineData(CorrectableField.NativePlace, "江苏苏州")]
    [InlineData(CorrectableField.Address, "杭州市西湖区文一路1号")]
    [InlineData(CorrectableField.MovedInOn, "2019-03-01")]
    public void ApplyCorrection_SetsTheNamedFieldOnly(CorrectableField field, string value)
    {
        var owner = NewOwner();

        owner.ApplyCorrection(field, value);

        var shown = field switch
        {
            CorrectableField.Name => owner.Name,
            CorrectableField.Gender => owner.Gender.ToString(),
            CorrectableField.NativePlace => owner.NativePlace,
            CorrectableField.Address => owner.Address,
            _ => owner.MovedInOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        };
        Assert.Equal(value, shown);
        Assert.Equal("13812345678", owner.Phone);
    }
}
