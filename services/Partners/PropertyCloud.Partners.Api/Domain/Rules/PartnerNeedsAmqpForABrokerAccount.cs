using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Partners.Api.Domain.Rules;

/// <summary>Only a partner taking delivery on its own queue has a broker account.</summary>
internal static class PartnerNeedsAmqpForABrokerAccount
{
    public static void Check(bool amqp)
    {
        if (!amqp)
        {
            throw new DomainException("partner.no_amqp",
                new("该合作方未使用 AMQP 队列，没有消息代理账号", "This partner takes no AMQP delivery and has no broker account"), "amqp");
        }
    }
}
