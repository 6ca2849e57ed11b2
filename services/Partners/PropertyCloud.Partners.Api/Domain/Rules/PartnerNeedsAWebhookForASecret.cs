using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Partners.Api.Domain.Rules;

/// <summary>Only a partner taking delivery by webhook has a signing secret.</summary>
internal static class PartnerNeedsAWebhookForASecret
{
    public static void Check(Uri? webhookUrl)
    {
        if (webhookUrl is null)
        {
            throw new DomainException("partner.no_webhook",
                new("该合作方未配置 Webhook 地址，没有签名密钥", "This partner has no webhook URL and so no signing secret"), "webhookUrl");
        }
    }
}
