using PropertyCloud.Archives.Contracts;
using PropertyCloud.BuildingBlocks.Contracts;
using PropertyCloud.Partners.Api.Catalog;

namespace PropertyCloud.Partners.UnitTests;

public class PublicPayloadTests
{
    private static readonly LoanApproved Loan = new()
    {
        EventId = Guid.NewGuid(),
        OccurredAt = DateTimeOffset.UtcNow,
        EstateId = Guid.NewGuid(),
        LoanId = Guid.NewGuid(),
        DocumentId = Guid.NewGuid(),
        Level = "B",
        BorrowerId = "archivist-7",
        DueAt = DateTimeOffset.UtcNow.AddDays(3),
    };

    [Fact]
    public void Minimised_LeavesOutPersonalFieldsAndTheEnvelope()
    {
        var data = PublicPayload.Minimised(Loan, PublicEventCatalog.Of(typeof(LoanApproved)));

        Assert.False(data.ContainsKey("borrowerId"));
        Assert.False(data.ContainsKey("eventId"));
        Assert.Equal(Loan.LoanId, data["loanId"]!.GetValue<Guid>());
    }

    [Fact]
    public void Full_KeepsPersonalFields()
    {
        Assert.Equal("archivist-7", PublicPayload.Full(Loan)["borrowerId"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("ownerPhone", true)]
    [InlineData("idNumber", true)]
    [InlineData("idCardNumber", true)]
    [InlineData("licensePlate", true)]
    [InlineData("address", true)]
    [InlineData("email", true)]
    [InlineData("templateId", false)]
    [InlineData("unitId", false)]
    [InlineData("category", false)]
    public void IsPersonal_ByNameEvenWhenTheCatalogueDoesNotSaySo(string field, bool personal)
    {
        var type = PublicEventType.Of<Sample>("tests", "sample", "made", _ => "samples/1", new("样例。", "A sample."));

        Assert.Equal(personal, PublicPayload.IsPersonal(field, type));
    }

    private sealed record Sample(Guid EventId, DateTimeOffset OccurredAt, Guid EstateId) : IIntegrationEvent;
}
