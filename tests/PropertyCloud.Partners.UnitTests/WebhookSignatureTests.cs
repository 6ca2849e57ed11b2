using System.Text;
using Microsoft.AspNetCore.Http;
using PropertyCloud.Partners.Api.Domain;
using PropertyCloud.Partners.Api.Feed;
using StandardWebhooks;

namespace PropertyCloud.Partners.UnitTests;

public class WebhookSignatureTests
{
    [Fact]
    public void Sign_VerifiesWithTheStandardWebhooksReferenceAlgorithm()
    {
        var secret = WebhookSecret.New();
        var body = """{"specversion":"1.0","id":"x","data":{"amount":12.5,"note":"维修"}}""";
        var timestamp = DateTimeOffset.UtcNow;
        var headers = new HeaderDictionary
        {
            ["webhook-id"] = "msg_1",
            ["webhook-timestamp"] = timestamp.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["webhook-signature"] = WebhookSignature.Sign(secret, "msg_1", timestamp.ToUnixTimeSeconds(), Encoding.UTF8.GetBytes(body)),
        };

        new StandardWebhook(secret).Verify(body, headers);
        Assert.Equal(new StandardWebhook(secret).Sign("msg_1", timestamp, body), headers["webhook-signature"].ToString());
    }

    [Fact]
    public void Sign_WithAnotherSecret_DoesNotVerify()
    {
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var headers = new HeaderDictionary
        {
            ["webhook-id"] = "msg_1",
            ["webhook-timestamp"] = timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["webhook-signature"] = WebhookSignature.Sign(WebhookSecret.New(), "msg_1", timestamp, "{}"u8),
        };

        Assert.ThrowsAny<Exception>(() => new StandardWebhook(WebhookSecret.New()).Verify("{}", headers));
    }
}
