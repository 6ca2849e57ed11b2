using System.Text.Json;
using CloudNative.CloudEvents;
using CloudNative.CloudEvents.SystemTextJson;
using PropertyCloud.Partners.Api.Domain;
using PropertyCloud.Partners.Api.Feed;

namespace PropertyCloud.Partners.UnitTests;

public class PartnerMessageTests
{
    private static readonly PublicEvent Loan = PublicEvent.Record(Guid.NewGuid(), "cn.propertycloud.archives.loan.approved.v1",
        new Uri("/propertycloud/archives", UriKind.Relative), "loans/7", Guid.NewGuid(), new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero),
        """{"loanId":"7"}""", """{"loanId":"7","borrowerId":"u-1"}""", DateTimeOffset.UtcNow);

    [Fact]
    public void Encode_IsAStructuredCloudEventThatTheSdkDecodes()
    {
        var message = PartnerMessage.Encode(Loan, personalDataGranted: false);

        var decoded = new JsonEventFormatter().DecodeStructuredModeMessage(message.Body, new System.Net.Mime.ContentType(message.ContentType),
            [CloudEventAttribute.CreateExtension(PartnerMessage.EstateAttribute, CloudEventAttributeType.String)]);

        Assert.StartsWith("application/cloudevents+json", message.ContentType);
        Assert.Equal(CloudEventsSpecVersion.V1_0, decoded.SpecVersion);
        Assert.Equal(Loan.EventId.ToString(), decoded.Id);
        Assert.Equal(Loan.Type, decoded.Type);
        Assert.Equal("/propertycloud/archives", decoded.Source!.ToString());
        Assert.Equal("loans/7", decoded.Subject);
        Assert.Equal(Loan.OccurredAt, decoded.Time);
        Assert.Equal(Loan.EstateId.ToString(), decoded[PartnerMessage.EstateAttribute]);
        Assert.False(((JsonElement)decoded.Data!).TryGetProperty("borrowerId", out _));
    }

    [Fact]
    public void Encode_ForAPartnerGrantedPersonalData_IncludesPersonalFields()
    {
        var message = PartnerMessage.Encode(Loan, personalDataGranted: true);

        var data = JsonDocument.Parse(message.Body).RootElement.GetProperty("data");

        Assert.Equal("u-1", data.GetProperty("borrowerId").GetString());
    }
}
