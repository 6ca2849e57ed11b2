using PropertyCloud.Archives.Api.Domain.Documents;
using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Archives.Api.Domain.Rules;

/// <summary>Owners may see public technical drawings; nothing else, and no confidential drawing, is made public.</summary>
internal static class OnlyPublicDrawingsArePublic
{
    public static void Check(DocumentDetails details)
    {
        if (details.Public && (details.Category != DocumentCategory.Drawing || details.Level != ConfidentialityLevel.C))
        {
            throw new DomainException("document.only_drawings_public",
                new("只有C级技术图纸可以公开给业主", "Only level C technical drawings may be made public to owners"), "public");
        }
    }
}
