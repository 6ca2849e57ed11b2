using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Partners.Api.Domain.Rules;

/// <summary>Events must have somewhere to go: the partner's AMQP queue, a webhook, or both.</summary>
internal static class PartnerNeedsADeliveryMode
{
    public static void Check(bool amqp, Uri? webhookUrl)
    {
        if (!amqp && webhookUrl is null)
        {
            throw new DomainException("partner.no_delivery",
                new("请选择 AMQP 队列或 Webhook 地址", "Choose an AMQP queue or a webhook URL"), "webhookUrl");
        }
    }
}
