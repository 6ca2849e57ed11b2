using System.Text.RegularExpressions;
using PropertyCloud.Archives.Contracts;
using PropertyCloud.BuildingBlocks.Contracts;
using PropertyCloud.Partners.Api.Catalog;
using PropertyCloud.Repairs.Contracts;
using PropertyCloud.Residents.Contracts;

namespace PropertyCloud.Partners.UnitTests;

public partial class CatalogTests
{
    /// <summary>
    /// Deliberately not public: instructions between services (a charge for Billing to bill, a resident account link),
    /// and Archives' own reminders to estate staff (documents missing at reconciliation, an equipment certificate
    /// about to expire) — work items of the estate's records office, not facts partners act on.
    /// </summary>
    private static readonly Type[] Internal =
    [
        typeof(RepairChargeRequested), typeof(ResidentAccountLinked), typeof(ArchiveItemsMissing), typeof(CertificateExpiring),
    ];

    [GeneratedRegex(@"^cn\.propertycloud\.[a-z]+\.[a-z_]+\.[a-z_]+\.v[0-9]+$")]
    private static partial Regex TypeName();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Chinese();

    [Fact]
    public void EveryType_IsSummarisedInChineseAndInEnglish()
    {
        Assert.All(PublicEventCatalog.All, t => Assert.Matches(Chinese(), t.Summary.Chinese));
        Assert.All(PublicEventCatalog.All, t => Assert.DoesNotMatch(Chinese(), t.Summary.English));
        Assert.Equal(PublicEventCatalog.All.Count, PublicEventCatalog.All.Select(t => t.Summary.Chinese).Distinct().Count());
    }

    [Fact]
    public void EveryType_HasAStableVersionedNameAndIsListedOnce()
    {
        Assert.All(PublicEventCatalog.All, t => Assert.Matches(TypeName(), t.Name));
        Assert.Equal(PublicEventCatalog.All.Count, PublicEventCatalog.All.Select(t => t.Name).Distinct().Count());
    }

    [Fact]
    public void EveryEventOfTheServicesContracts_IsPublishedOrDeliberatelyInternal()
    {
        var assemblies = PublicEventCatalog.All.Select(t => t.EventType.Assembly).Distinct();
        var events = assemblies.SelectMany(a => a.GetTypes())
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IIntegrationEvent).IsAssignableFrom(t));

        var missing = events.Where(t => !Internal.Contains(t) && PublicEventCatalog.All.All(c => c.EventType != t)).ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void DataSchema_LeavesOutTheEnvelopeAndMarksPersonalFields()
    {
        var loanApproved = PublicEventCatalog.Find("cn.propertycloud.archives.loan.approved.v1")!;

        var schema = EventSchemas.DataSchema(loanApproved);

        var properties = schema["properties"]!.AsObject();
        Assert.False(properties.ContainsKey("eventId"));
        Assert.True(properties.ContainsKey("loanId"));
        Assert.Contains("Personal", properties["borrowerId"]!["description"]!.GetValue<string>());
        Assert.DoesNotContain(schema["required"]!.AsArray(), n => n!.GetValue<string>() == "borrowerId");
    }

    [Fact]
    public void Example_HasNumbersForNumbersAndNestedObjects()
    {
        var closed = PublicEventCatalog.Find("cn.propertycloud.surveys.campaign.closed.v1")!;

        var data = EventSchemas.Example(closed)["data"]!;

        Assert.Equal(System.Text.Json.JsonValueKind.Number, data["households"]!.GetValueKind());
        Assert.Equal(System.Text.Json.JsonValueKind.Number, data["categories"]![0]!["index"]!.GetValueKind());
        Assert.Equal(System.Text.Json.JsonValueKind.String, data["campaignName"]!.GetValueKind());
    }

    [Fact]
    public void AsyncApi_HasAChannelAndAMessagePerType()
    {
        var document = AsyncApiDocument.Build();

        Assert.Equal("3.0.0", document["asyncapi"]!.GetValue<string>());
        Assert.Equal(PublicEventCatalog.All.Count, document["channels"]!.AsObject().Count);
        Assert.Equal(PublicEventCatalog.All.Count, document["components"]!["messages"]!.AsObject().Count);
    }
}
