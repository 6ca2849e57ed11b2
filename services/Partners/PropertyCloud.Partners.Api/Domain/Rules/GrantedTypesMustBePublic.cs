using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.Partners.Api.Catalog;

namespace PropertyCloud.Partners.Api.Domain.Rules;

/// <summary>A partner is granted public event types from the catalogue, at least one; internal events are never granted.</summary>
internal static class GrantedTypesMustBePublic
{
    public static void Check(IReadOnlyList<string> types)
    {
        if (types.Count == 0)
        {
            throw new DomainException("partner.no_types", new("至少授权一种事件类型", "Grant at least one event type"), "grantedTypes");
        }
        var unknown = types.Where(t => PublicEventCatalog.Find(t) is null).ToList();
        if (unknown.Count > 0)
        {
            throw new DomainException("partner.unknown_type",
                new($"事件目录中没有这些类型：{string.Join(", ", unknown)}", $"These types are not in the event catalogue: {string.Join(", ", unknown)}"),
                "grantedTypes");
        }
    }
}
