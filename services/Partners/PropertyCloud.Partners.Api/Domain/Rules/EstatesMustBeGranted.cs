using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Partners.Api.Domain.Rules;

/// <summary>A partner sees either named estates or, said explicitly, all of them; never "nothing" by accident.</summary>
internal static class EstatesMustBeGranted
{
    public static void Check(PartnerGrants grants)
    {
        if (!grants.AllEstates && grants.Estates.Count == 0)
        {
            throw new DomainException("partner.no_estates",
                new("请授权小区，或明确授权全部小区", "Grant estates, or grant all estates explicitly"), "grantedEstates");
        }
        if (grants.AllEstates && grants.Estates.Count > 0)
        {
            throw new DomainException("partner.estates_and_all",
                new("已授权全部小区时不能再列出小区", "List no estates when all estates are granted"), "grantedEstates");
        }
    }
}
